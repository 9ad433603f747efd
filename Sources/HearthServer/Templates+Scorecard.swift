/// Templates of the scorecard family: scorecard, indicator, children behind a number, UASC
/// impact, exception reports and the committee pack.
extension Templates {
    static let scorecardFamily: [String: String] = [
        "scorecard": scorecard, "indicator": indicator, "indicatorChildren": indicatorChildren,
        "uascImpact": uascImpact, "exceptions": exceptions, "committeePack": committeePack,
        "scorecardFilter": scorecardFilter, "scorecardTable": scorecardTable, "exceptionReport": exceptionReport,
    ]

    static let scorecardFilter = """
    <form method="get" class="filter">
    <div class="form-group"><label for="month">Month</label><input class="input" id="month" name="month" type="month" value="{{month}}"></div>
    <div class="form-group"><label for="unit">Unit</label><select class="input" id="unit" name="unit">{{#units}}<option value="{{key}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/units}}</select></div>
    <div class="form-group checkbox"><input id="uasc" name="uasc" type="checkbox" value="exclude"{{#excludeUASC}} checked{{/excludeUASC}}><label for="uasc">Exclude UASC</label></div>
    <button class="button" type="submit">Show</button>
    </form>
    """

    static let scorecardTable = """
    <div class="table-scroll" tabindex="0" role="region" aria-label="Scorecard">
    <table class="table scorecard" id="scorecard">
    <caption class="visually-hidden">Scorecard</caption>
    <thead><tr><th scope="col">ID</th><th scope="col">Indicator</th><th scope="col">Polarity</th><th scope="col">Period</th><th scope="col">Result</th><th scope="col">RAG</th><th scope="col">Num</th><th scope="col">Denom</th><th scope="col">Target</th><th scope="col">1 month ago</th><th scope="col">Direction</th><th scope="col">1 year ago</th><th scope="col">Rolling 3 months</th></tr></thead>
    {{#sections}}
    <tbody><tr class="section"><th colspan="13" scope="colgroup">{{section}}</th></tr>
    {{#rows}}<tr id="indicator-{{id}}"><td>{{id}}</td><td><a href="{{href}}">{{name}}</a></td><td>{{polarity}}</td><td>{{period}}</td><td class="num">{{value}}</td><td><strong class="tag {{ragClass}}">{{rag}}</strong></td><td class="num{{#caution}} caution{{/caution}}">{{numerator}}</td><td class="num{{#caution}} caution{{/caution}}">{{denominator}}{{#caution}}<span class="visually-hidden"> (small number: caution)</span>{{/caution}}</td><td class="num">{{target}}</td><td class="num">{{previous}}</td><td>{{direction}}</td><td class="num">{{yearAgo}}</td><td class="num">{{rolling3}} {{#hasRolling3RAG}}<strong class="tag {{rolling3Class}}">{{rolling3RAG}}</strong>{{/hasRolling3RAG}}</td></tr>{{/rows}}
    </tbody>
    {{/sections}}
    </table>
    </div>
    """

    static let suppressionNotice = """
    {{#suppressed}}<p class="notice"><strong>Counts of 1 to 4 children are shown as c</strong> and figures derived from them are withheld, to protect children's identities.</p>{{/suppressed}}
    """

    static let scorecard = """
    <h1>Scorecard – {{unitName}}</h1>
    {{> scorecardFilter}}
    <p class="lead">{{monthLabel}}{{#excludeUASC}}, excluding UASC{{/excludeUASC}}: <strong class="tag rag-green">Green</strong> {{counts.green}} · <strong class="tag rag-amber">Amber</strong> {{counts.amber}} · <strong class="tag rag-red">Red</strong> {{counts.red}}. Denominators of 1 to 9 are shaded for caution; below 5 there is no RAG.</p>
    \(suppressionNotice)
    <p><a class="button secondary" href="/scorecard.csv?{{query}}" download>Download as CSV</a></p>
    {{> scorecardTable}}
    """

    static let indicator = """
    <p class="breadcrumb"><a href="/scorecard?month={{month}}">Scorecard</a></p>
    {{#row}}
    <h1>{{id}} {{name}}</h1>
    {{/row}}
    {{> scorecardFilter}}
    <p class="lead">{{definition}}</p>
    \(suppressionNotice)
    {{#row}}
    <dl class="summary-list">
    <div><dt>{{unitName}}, {{month}}</dt><dd><strong>{{value}}</strong> <strong class="tag {{ragClass}}">{{rag}}</strong></dd></div>
    <div><dt>Numerator / denominator</dt><dd>{{numerator}} / {{denominator}}</dd></div>
    <div><dt>Target / floor</dt><dd>{{target}} / {{floor}}</dd></div>
    <div><dt>1 month ago, direction</dt><dd>{{previous}} {{direction}}</dd></div>
    <div><dt>1 year ago</dt><dd>{{yearAgo}}</dd></div>
    </dl>
    {{/row}}
    {{#childrenHref}}<p><a class="button" id="children-behind" href="{{childrenHref}}">See the children behind this number</a></p>{{/childrenHref}}
    {{#showTrend}}
    <h2>24-month trend</h2>
    <figure class="chart">{{{chart}}}</figure>
    <details><summary>Trend as a table</summary>
    <table class="table numeric" id="trend"><thead><tr><th scope="col">Month</th><th scope="col">Result</th><th scope="col">RAG</th><th scope="col">Target</th><th scope="col">Floor</th></tr></thead>
    <tbody>{{#trend}}<tr><th scope="row">{{month}}</th><td>{{value}}</td><td><strong class="tag {{ragClass}}">{{rag}}</strong></td><td>{{target}}</td><td>{{floor}}</td></tr>{{/trend}}</tbody></table>
    </details>
    {{/showTrend}}
    <p><a class="button secondary" href="{{csvHref}}" download>Download breakdown and trend as CSV</a></p>
    <h2>By area and team</h2>
    <table class="table" id="breakdown"><thead><tr><th scope="col">Unit</th><th scope="col">Result</th><th scope="col">RAG</th><th scope="col">Num</th><th scope="col">Denom</th></tr></thead>
    <tbody>{{#breakdown}}<tr class="{{unitClass}}"><th scope="row">{{unitName}}</th><td>{{value}}</td><td><strong class="tag {{ragClass}}">{{rag}}</strong></td><td>{{numerator}}</td><td>{{denominator}}</td></tr>{{/breakdown}}</tbody></table>
    """

    static let indicatorChildren = """
    <p class="breadcrumb"><a href="{{back}}">{{id}} {{name}}</a></p>
    <h1>Children behind {{id}} {{name}}</h1>
    <p class="lead">{{unitName}}, {{month}}: {{count}} children in your scope.{{#hasHidden}} {{hidden}} more are outside your scope and not listed.{{/hasHidden}}</p>
    <p><a class="button secondary" href="{{csvHref}}" download>Download as CSV</a></p>
    <table class="table" id="children"><thead><tr><th scope="col">Child</th><th scope="col">Counted in the numerator</th><th scope="col">Status now</th></tr></thead>
    <tbody>{{#rows}}<tr><td><a href="/children/{{id}}">{{id}}</a></td><td>{{inNumerator}}</td><td>{{status}}</td></tr>{{/rows}}</tbody></table>
    """

    static let uascImpact = """
    <h1>Scorecard – impact of UASC</h1>
    <form method="get" class="filter"><div class="form-group"><label for="month">Month</label><input class="input" id="month" name="month" type="month" value="{{month}}"></div><button class="button" type="submit">Show</button></form>
    \(suppressionNotice)
    {{^hasBlocks}}<p>None of the UASC-impact indicators is in this scorecard.</p>{{/hasBlocks}}
    {{#hasBlocks}}<p><a class="button secondary" href="/uasc-impact.csv?month={{month}}" download>Download as CSV</a></p>{{/hasBlocks}}
    {{#blocks}}
    <h2>{{title}}</h2>
    <table class="table" ><thead><tr><th scope="col">Indicator</th><th scope="col">Polarity</th><th scope="col">Period</th><th scope="col">Including UASC</th><th scope="col">Num / denom</th><th scope="col">Target</th><th scope="col">Excluding UASC</th><th scope="col">Num / denom</th><th scope="col">Variance (points)</th></tr></thead>
    <tbody>{{#rows}}<tr><td>{{name}}</td><td>{{polarity}}</td><td>{{period}}</td>{{#inc}}<td>{{value}} <strong class="tag {{ragClass}}">{{rag}}</strong></td><td>{{numerator}} / {{denominator}}</td>{{/inc}}<td>{{target}}</td>{{#exc}}<td>{{value}} <strong class="tag {{ragClass}}">{{rag}}</strong></td><td>{{numerator}} / {{denominator}}</td>{{/exc}}<td>{{variance}}</td></tr>{{/rows}}</tbody></table>
    {{/blocks}}
    """

    static let exceptionReport = """
    <section class="exception">
    <h3>{{id}} {{name}} – <strong class="tag rag-red">Red</strong></h3>
    <p>Month: {{month}}. Portfolio: Specialist Children's Services. Data source: the case records in Hearth.</p>
    {{#showTrend}}<table class="table numeric"><caption>Trend – month end</caption><thead><tr><th scope="col">Month</th><th scope="col">Result</th><th scope="col">Target</th><th scope="col">RAG</th></tr></thead>
    <tbody>{{#trend}}<tr><th scope="row">{{month}}</th><td>{{value}}</td><td>{{target}}</td><td><strong class="tag {{ragClass}}">{{rag}}</strong></td></tr>{{/trend}}</tbody></table>{{/showTrend}}
    {{^showTrend}}<p>The trend is withheld: this month's figure counts fewer than five children.</p>{{/showTrend}}
    <p><strong>Data notes.</strong> Target: {{target}}; floor: {{floor}}. Tolerance: {{polarityText}}. Period: {{period}}. {{definition}}</p>
    </section>
    """

    static let exceptions = """
    <h1>Exception reports</h1>
    <form method="get" class="filter"><div class="form-group"><label for="month">Month</label><input class="input" id="month" name="month" type="month" value="{{month}}"></div><button class="button" type="submit">Show</button></form>
    <p class="lead">One report for every indicator rated Red for {{countyName}} in {{month}}.</p>
    {{#none}}<p>No indicator is Red this month.</p>{{/none}}
    {{^none}}<p><a class="button secondary" href="/exceptions.csv?month={{month}}" download>Download as CSV</a></p>{{/none}}
    {{#reports}}{{> exceptionReport}}{{/reports}}
    """

    static let committeePack = """
    <form method="get" class="filter no-print">
    <div class="form-group"><label for="committee">Committee</label><input class="input" id="committee" name="committee" type="text" value="{{committee}}"></div>
    <div class="form-group"><label for="meeting">Meeting date</label><input class="input" id="meeting" name="meeting" type="date"></div>
    <div class="form-group"><label for="month">Month</label><input class="input" id="month" name="month" type="month" value="{{monthInput}}"></div>
    <button class="button" type="submit">Prepare</button>
    </form>
    <p class="no-print">Print this page (Ctrl+P) for an A4 pack with page numbers.</p>
    <p class="no-print">The pack's tables as CSV: <a href="/scorecard.csv?month={{month}}&amp;unit=county" download>scorecard</a>, <a href="/exceptions.csv?month={{month}}" download>exception reports</a>, <a href="/activity.csv?month={{month}}" download>activity</a>.</p>
    <section class="cover">
    <p class="cover-org">{{countyName}}</p>
    <h1>{{committee}}</h1>
    {{#hasMeeting}}<p class="cover-date">Meeting of {{meeting}}</p>{{/hasMeeting}}
    <p class="cover-title">Specialist Children's Services performance: {{month}}</p>
    <p>Scorecard, exception reports and activity, computed from the case records.</p>
    </section>
    <section class="pack-section">
    <h2>Scorecard – {{countyName}}, {{month}}</h2>
    \(suppressionNotice)
    {{> scorecardTable}}
    </section>
    <section class="pack-section">
    <h2>Exception reports</h2>
    {{^reports}}<p>No indicator is Red this month.</p>{{/reports}}
    {{#reports}}{{> exceptionReport}}{{/reports}}
    </section>
    <section class="pack-section">
    <h2>Activity</h2>
    <table class="table numeric"><thead><tr><th scope="col">Unit</th>{{#activityHeadings}}<th scope="col">{{.}}</th>{{/activityHeadings}}</tr></thead>
    <tbody>{{#activityRows}}<tr class="{{rowClass}}"><th scope="row">{{name}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/activityRows}}</tbody></table>
    </section>
    """
}
