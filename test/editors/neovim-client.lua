-- Drives Neovim's built-in LSP client against committee-reports-language-server.
-- Written for Neovim 0.7 (Debian 12) and later: vim.lsp.start_client and
-- buf_attach_client, not vim.lsp.start (0.8+). Reads its inputs from the
-- environment and writes what it saw, as JSON, to CR_RESULT. Every wait is on
-- a condition (vim.wait polls it), with a time limit, never a fixed sleep.
local server, root, file, result_path = os.getenv('CR_SERVER'), os.getenv('CR_ROOT'), os.getenv('CR_FILE'), os.getenv('CR_RESULT')
local definition_line, definition_column = tonumber(os.getenv('CR_DEF_LINE')), tonumber(os.getenv('CR_DEF_COLUMN'))
local seen = { diagnostics = {}, definition = vim.NIL, export = vim.NIL, semantic_tokens = vim.NIL, legend = vim.NIL, fix = vim.NIL, symbols = {}, errors = {} }

local function finish()
  local out = io.open(result_path, 'w')
  out:write(vim.fn.json_encode(seen))
  out:close()
  vim.cmd('qa!')
end

local ok, failure = pcall(function()
  local client_id = vim.lsp.start_client({ name = 'committee-reports', cmd = { 'node', server, '--stdio' }, root_dir = root })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.lsp.buf_attach_client(0, client_id)
  if not vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 20) then
    table.insert(seen.errors, 'no diagnostics within 20 s')
  end
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(seen.diagnostics, { code = code, line = d.lnum, message = d.message })
  end
  vim.api.nvim_win_set_cursor(0, { definition_line + 1, definition_column })
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/definition', vim.lsp.util.make_position_params(), 10000)
  for _, response in pairs(responses or {}) do
    local locations = response.result
    if locations and locations[1] then
      seen.definition = { uri = locations[1].uri, line = locations[1].range.start.line, character = locations[1].range.start.character }
    end
  end
  -- The outline, as :lua vim.lsp.buf.document_symbol() asks for it: each symbol's name and kind, nested ones too.
  local symbols = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', {
    textDocument = vim.lsp.util.make_text_document_params(),
  }, 10000)
  local function collect(list)
    for _, symbol in ipairs(list or {}) do
      table.insert(seen.symbols, { name = symbol.name, kind = symbol.kind })
      collect(symbol.children)
    end
  end
  for _, response in pairs(symbols or {}) do collect(response.result) end
  -- Semantic tokens, asked for as Neovim 0.9 and later ask on their own (0.7 and 0.8 do not draw them).
  local legend = vim.lsp.get_client_by_id(client_id).server_capabilities.semanticTokensProvider
  if legend then seen.legend = legend.legend end
  local tokens = vim.lsp.buf_request_sync(0, 'textDocument/semanticTokens/full', {
    textDocument = vim.lsp.util.make_text_document_params(),
  }, 10000)
  for _, response in pairs(tokens or {}) do
    if response.err then table.insert(seen.errors, 'semantic tokens: ' .. tostring(response.err.message)) end
    if response.result then seen.semantic_tokens = response.result.data end
  end
  -- Export to Word through the server's command, as a user's key mapping would; forced, as the minutes have an error.
  local export = vim.lsp.buf_request_sync(0, 'workspace/executeCommand', {
    command = 'committeeReports.export',
    arguments = { { uri = vim.uri_from_bufnr(0), to = 'docx', force = true } },
  }, 20000)
  for _, response in pairs(export or {}) do
    if response.err then table.insert(seen.errors, 'export: ' .. tostring(response.err.message)) end
    if response.result then seen.export = response.result end
  end
  -- The quick fix for the malformed reference, applied as the user's code action would: its title and the line after.
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (d.code or lsp.code) == 'ref-malformed' then
      local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
        textDocument = { uri = vim.uri_from_bufnr(0) },
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        context = { diagnostics = { lsp } },
      }, 10000)
      for _, response in pairs(actions or {}) do
        local action = (response.result or {})[1]
        if action and action.edit then
          vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
          seen.fix = { title = action.title, line = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1] }
        end
      end
    end
  end
end)
if not ok then table.insert(seen.errors, tostring(failure)) end
finish()
