/// The import pages: upload, review of the findings, accept or cancel.
extension Templates {
    static let importFamily: [String: String] = ["import": importReturn, "importFindings": importFindings]

    static let importReturn = """
    <h1>Import a return</h1>
    {{#outcome}}
    <div class="{{outcomeClass}}" role="{{outcomeRole}}" id="outcome" tabindex="-1">
    <h2>{{outcomeHeading}}</h2>
    <p>{{outcomeText}}</p>
    </div>
    {{/outcome}}
    {{#hasAckError}}
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">There is a problem</h2>
    <ul><li><a href="#acknowledge">Tick the box to confirm you have read the findings, or cancel the upload</a></li></ul>
    </div>
    {{/hasAckError}}
    {{{findingsHTML}}}
    {{#pending}}
    <h2>Accept or cancel</h2>
    <p id="accept-effect">Accepting merges the {{childCount}} children in {{fileList}} into {{destination}} ({{currentCount}} children now), in one transaction, as <code>hearth import</code> does: it <strong>{{effect}}</strong>. The return replaces only what it holds for its collection years; everything else (contacts, allocations, the other return's records, the workforce) is kept. Cancelling deletes the uploaded files and stores nothing.</p>
    <form method="post" action="/import/accept" novalidate>
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="upload" value="{{uploadID}}">
    {{#needsAcknowledgement}}
    <div class="form-group{{#hasAckError}} form-group-error{{/hasAckError}}">
    {{#hasAckError}}<p class="error-message" id="acknowledge-error"><span class="visually-hidden">Error:</span> Tick the box to confirm you have read the findings</p>{{/hasAckError}}
    <div class="checkbox">
    <input type="checkbox" id="acknowledge" name="acknowledge" value="yes"{{#hasAckError}} aria-describedby="acknowledge-error"{{/hasAckError}}>
    <label for="acknowledge">I have read the {{acknowledgeCount}} warnings and DfE validation findings, and want to store the return as it is</label>
    </div>
    </div>
    {{/needsAcknowledgement}}
    <button class="button" type="submit">Accept and store</button>
    </form>
    <form method="post" action="/import/cancel">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="upload" value="{{uploadID}}">
    <button class="button secondary" type="submit">Cancel</button>
    </form>
    {{/pending}}
    {{^pending}}
    <form method="post" action="/import" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="form-group">
    <label for="files">Return files</label>
    <p class="hint" id="files-hint">A 903 return as its CSV tables (header.csv, episodes.csv and any others) or as one XML file, or a CIN census XML file. You will see the findings before anything is stored. A return with any reading error is refused whole.</p>
    <input class="input" id="files" name="files" type="file" multiple accept=".csv,.xml" aria-describedby="files-hint">
    </div>
    <button class="button" type="submit">Upload and check</button>
    </form>
    {{/pending}}
    """

    /// The findings of one upload, rendered once and kept with the pending upload so the page can
    /// be shown again (after a missing acknowledgement) without reading the files again.
    static let importFindings = """
    <p><a href="/import/findings.csv" download>Download all the findings (CSV)</a></p>
    <h2>Reading the files</h2>
    <p id="reading-summary">{{kindLabel}}: {{errorCount}} errors, {{warningCount}} warnings in {{fileList}}.</p>
    {{#hasReading}}
    <table class="table" id="findings">
    <caption class="visually-hidden">Reading findings</caption>
    <thead><tr><th scope="col">Severity</th><th scope="col">File</th><th scope="col">Line or element</th><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Problem</th></tr></thead>
    <tbody>{{#findings}}<tr><td><strong class="tag {{severityClass}}">{{severity}}</strong></td><td>{{file}}</td><td>{{where}}</td><td>{{column}}</td><td>{{value}}</td><td>{{message}}</td></tr>{{/findings}}</tbody>
    </table>
    {{#readingMore}}<p>… and {{readingMore}} more reading findings.</p>{{/readingMore}}
    {{/hasReading}}
    <h2>DfE validation</h2>
    <p id="validation-summary">{{validationNote}}</p>
    {{#hasRules}}
    <table class="table" id="rule-summary">
    <caption>Findings by rule</caption>
    <thead><tr><th scope="col">Rule</th><th scope="col">Message</th><th scope="col">Findings</th></tr></thead>
    <tbody>{{#rules}}<tr><td>{{code}}</td><td>{{message}}</td><td>{{count}}</td></tr>{{/rules}}</tbody>
    </table>
    <table class="table" id="validation-findings">
    <caption>The first {{shownValidation}} of {{validationCount}} findings</caption>
    <thead><tr><th scope="col">Rule</th><th scope="col">Child</th><th scope="col">Table</th><th scope="col">Line or element</th><th scope="col">Fields</th><th scope="col">Message</th></tr></thead>
    <tbody>{{#validationFindings}}<tr><td>{{code}}</td><td>{{#linked}}<a href="{{childHref}}">{{child}}</a>{{/linked}}{{^linked}}{{child}}{{/linked}}</td><td>{{table}}</td><td>{{where}}</td><td>{{fields}}</td><td>{{message}}</td></tr>{{/validationFindings}}</tbody>
    </table>
    {{/hasRules}}
    """
}
