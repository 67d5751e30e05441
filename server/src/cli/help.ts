/** The text of --help. Kept beside the argument parser's options so the two change together. */
export const HELP_TEXT = `Usage: committee-reports check [PATH...] [--format text|json|sarif] [--cache] [--cache-location FILE]
                             [--config FILE]
       committee-reports trace [PATH...] [--format text|markdown|csv|json] [--today YYYY-MM-DD] [--config FILE]
       committee-reports templates [NAME] [--format text|json|markdown] [--config FILE]
       committee-reports export [PATH...] --to docx|html|pdf [--out FOLDER] [--template FILE] [--force]
                                [--include-exempt] [--config FILE]
       committee-reports import FILE.docx... [--type report|scrutiny|minutes] [--out PATH]
                                [--force] [--config FILE]
       committee-reports renumber PATH... [--kinds F,R] [--paragraphs] [--start N] [--dry-run]
                                  [--force] [--config FILE]

Checks committee reports and minutes (Markdown with YAML front matter) exactly
as the editor does, and lists what it finds; or traces every finding to the
recommendations and resolutions that acted on it; or lists the sections each
template asks for; or exports them for publication; or imports a
council's Word papers into the format; or renumbers a document's
findings, recommendations or paragraphs, and every reference to them.

Commands (one must be given: committee-reports PATH on its own is a usage error):
  check             List the problems in the documents.
  trace             List every finding, the recommendations citing it and what
                    acted on each (resolutions, responses), by committee and
                    meeting date, with each scrutiny recommendation's response
                    status: awaiting response, responded, responded late or
                    overdue. Chains that run through the files named are listed.
  templates [NAME]  List each template's sections in the order expected: whether
                    each is required, required only in some documents (if
                    purpose is decision, if exempt, unless item is given) or
                    optional; what a bare "None" may say there; and the other
                    names its heading may use. With NAME, that template only.
                    The config's own templates and changes are included.
  export            Write each document for the committee and the public: a Word
                    file (in the council's template when one is set), an
                    accessible HTML page or a tagged PDF, each with the front
                    sheet first, named after the document
                    (school-meals.report.md gives school-meals.docx).
                    A document is not exported when it is exempt (as HTML or
                    PDF, unless --include-exempt: Word is the officer's file
                    for the Part II agenda), has errors or its file is already
                    there (unless --force); the others still are.
  import FILE...    Make each Word paper (.docx) a document of the format:
                    the front sheet becomes the front matter, Word's
                    paragraph numbers stay as printed, findings,
                    recommendations and resolutions get their IDs (R1, F1),
                    tables are kept and images saved beside it. Written
                    beside the Word file as NAME.report.md or
                    NAME.minutes.md (never over a file already there, unless
                    --force), then checked: its problems are listed as check
                    lists them. An old .doc, a password-protected, damaged
                    or oversized file is not imported; the others still are.
  renumber PATH...  Number each document's IDs of each kind in the order they
                    stand (F1, F2, F3, …) and change every reference to them,
                    in this document and every other that cites it. A range
                    that would no longer run in order becomes a list. Refused
                    when a number that must not change would move: one the
                    front matter locks (locked: [F1, F2]), or one cited by a
                    paper for a later meeting (published minutes, a response).
                    With several documents, all are renumbered or none is.

Arguments:
  PATH...           Files or folders to check (default: the current folder).
                    Folders are searched with the include and exclude globs of
                    the config (node_modules is always skipped); a file named
                    here is checked even if the globs would not pick it.

Options:
  --format FORMAT   check: text (default), json or sarif (SARIF 2.1.0)
                    trace: text (default), markdown (a table), csv or json
                    templates: text (default), json or markdown (tables)
  --cache           check: keep what was found in each document, and check
                    again only what changed since the last run (and what
                    it reaches); the output is the same as without it
  --cache-location FILE
                    check: the cache file (implies --cache; default
                    node_modules/.cache/committee-reports/check.cache)
  --today DATE      trace: the date to work out overdue responses for,
                    YYYY-MM-DD (default: today)
  --to FORMAT       export: docx (Word), html or pdf (printed by Chromium,
                    Chrome or Edge, found by itself or set as export.browser)
  --out FOLDER      export: where to write (default: export/ in the current folder)
  --template FILE   export --to docx: the council's Word template, a .docx with
                    {{body}} where the report goes (default: the config's
                    export.template)
  --type TYPE       import: report, scrutiny or minutes (default: worked out
                    from each paper)
  --out PATH        import: the folder to write to, or for one Word file the
                    document to write (default: beside each Word file)
  --force           export: replace files already there, and export documents
                    that have errors
                    import: replace files already there
                    renumber: move locked numbers too, and change them
                    wherever they are cited
  --include-exempt  export: export exempt reports as HTML or PDF too, for
                    members and officers only: exempt information must not be
                    published
  --kinds F,R       renumber: only these kinds of ID (default: every kind, or
                    none with --paragraphs)
  --paragraphs      renumber: number the numbered paragraphs (3.1, 3.2, …) in
                    order within each section, and change "paragraph 3.2" where
                    the document mentions them; with --kinds, those IDs too
  --start N         renumber: number the IDs from N instead of 1 (F5, F6, …)
  --dry-run         renumber: print what would change as a unified diff, and
                    write nothing
  --config FILE     Use this config file instead of ./.committee-reports.yaml
  -h, --help        Show this help
  -v, --version     Show the version

The workspace root is the current folder. Every document in it is read so that
references between documents resolve, but only the files named (or found under
the folders named) are listed. Positions are 1-based lines and columns, the
columns counted in UTF-16 code units as the editor counts them.

Colour is used on a terminal unless NO_COLOR is set; FORCE_COLOR=1 forces it.

Exit codes:
  0  no errors (warnings and infos do not fail the check); trace: always, even
     with overdue responses or broken links; templates: always, even when the
     config has problems (they are listed on stderr)
  1  errors found, in a document or in the config file (check); a document
     not exported (export); a Word file not imported (import); a
     renumbering refused, or a file changed on disk since it was read, so
     nothing was written (renumber)
  2  a usage error (templates: a NAME no template has), a PATH or --config
     file that does not exist, a file that cannot be read, a Word template
     that cannot be used or no browser to print a PDF (export), or an
     internal failure
`;
