-- Renumbers a report through Neovim's built-in LSP client, as a user picking
-- the refactoring from :lua vim.lsp.buf.code_action() would: opens the report,
-- waits for its id-sequence problem, asks for the refactor.rewrite actions on
-- it, and applies the chosen action's WorkspaceEdit with Neovim's own
-- vim.lsp.util.apply_workspace_edit in the client's offset encoding (0.7's
-- code_action handler does the same). Writes what it saw, as JSON, to
-- CR_RESULT: the action, each buffer's text after the edit, and the report's
-- problems before and after. Every wait is on a condition, with a time limit.
local server, root, file, result_path = os.getenv('CR_SERVER'), os.getenv('CR_ROOT'), os.getenv('CR_FILE'), os.getenv('CR_RESULT')
local seen = { before = {}, after = {}, action = vim.NIL, texts = {}, errors = {} }

local function finish()
  local out = io.open(result_path, 'w')
  out:write(vim.fn.json_encode(seen))
  out:close()
  vim.cmd('qa!')
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function codes(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(list, code_of(d)) end
  table.sort(list)
  return list
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code then return d end
  end
  return nil
end

local ok, failure = pcall(function()
  local client_id = vim.lsp.start_client({ name = 'committee-reports', cmd = { 'node', server, '--stdio' }, root_dir = root })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local report = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(report, client_id)
  if not vim.wait(20000, function() return has_code(report, 'id-sequence') ~= nil end, 20) then
    table.insert(seen.errors, 'no id-sequence problem within 20 s')
    return
  end
  seen.before = codes(report)
  local problem = has_code(report, 'id-sequence')
  local lsp = problem.user_data and problem.user_data.lsp or {}
  local responses = vim.lsp.buf_request_sync(report, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(report) },
    range = { start = { line = problem.lnum, character = problem.col }, ['end'] = { line = problem.end_lnum, character = problem.end_col } },
    context = { diagnostics = { lsp }, only = { 'refactor.rewrite' } },
  }, 10000)
  local client = vim.lsp.get_client_by_id(client_id)
  for _, response in pairs(responses or {}) do
    if response.err then table.insert(seen.errors, 'code action: ' .. tostring(response.err.message)) end
    for _, action in ipairs(response.result or {}) do
      if action.kind == 'refactor.rewrite' and action.edit then
        local files = {}
        for uri in pairs(action.edit.changes or {}) do table.insert(files, vim.uri_to_fname(uri)) end
        table.sort(files)
        seen.action = { title = action.title, files = files }
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      end
    end
  end
  -- Every buffer the edit touched, as it would be written: its lines, and the final newline when it has one.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    local name = vim.api.nvim_buf_get_name(bufnr)
    if vim.api.nvim_buf_is_loaded(bufnr) and name ~= '' then
      local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
      if vim.api.nvim_buf_get_option(bufnr, 'eol') then text = text .. '\n' end
      seen.texts[vim.fn.fnamemodify(name, ':t')] = text
    end
  end
  -- The report's problems once the server has read the renumbered text (it hears of the change from the attached buffer).
  if not vim.wait(10000, function() return has_code(report, 'id-sequence') == nil end, 20) then
    table.insert(seen.errors, 'the id-sequence problem was still there 10 s after renumbering')
  end
  seen.after = codes(report)
end)
if not ok then table.insert(seen.errors, tostring(failure)) end
finish()
