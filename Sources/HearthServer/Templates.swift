/// The Mustache templates, kept in the module so the binary needs no resource files at run time.
/// `{{x}}` escapes HTML; `{{{x}}}` is used only for HTML this module rendered itself.
enum Templates {
    static let all: [String: String] = [
        "layout": layout, "login": login, "home": home, "children": children, "chronology": chronology,
        "activity": activity, "users": users, "audit": audit, "error": error,
    ]

    static let layout = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} – Hearth</title>
    <link rel="stylesheet" href="/assets/hearth.css">
    </head>
    <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header"><div class="container">
    <a class="brand" href="/">Hearth</a>
    {{#user}}
    <nav aria-label="Main"><ul>{{#nav}}<li><a href="{{href}}">{{label}}</a></li>{{/nav}}</ul></nav>
    <p class="who">Signed in as {{name}} ({{roleLabel}})</p>
    <form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button class="link-button" type="submit">Sign out</button></form>
    {{/user}}
    </div></header>
    <main id="main" class="container" tabindex="-1">
    {{{body}}}
    </main>
    <footer class="site-footer"><div class="container">Hearth — children's social care records. Official-sensitive: do not share outside the council.</div></footer>
    </body>
    </html>
    """

    static let login = """
    <h1>Sign in</h1>
    {{#hasErrors}}
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">There is a problem</h2>
    <ul>{{#errors}}<li><a href="#{{field}}">{{message}}</a></li>{{/errors}}</ul>
    </div>
    {{/hasErrors}}
    <form method="post" action="/login" novalidate>
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="form-group{{#nameError}} form-group-error{{/nameError}}">
    <label for="name">User name</label>
    {{#nameError}}<p class="error-message" id="name-error"><span class="visually-hidden">Error:</span> {{nameError}}</p>{{/nameError}}
    <input class="input" id="name" name="name" type="text" autocomplete="username" spellcheck="false" value="{{name}}"{{#nameError}} aria-describedby="name-error"{{/nameError}}>
    </div>
    <div class="form-group{{#passwordError}} form-group-error{{/passwordError}}">
    <label for="password">Password</label>
    {{#passwordError}}<p class="error-message" id="password-error"><span class="visually-hidden">Error:</span> {{passwordError}}</p>{{/passwordError}}
    <input class="input" id="password" name="password" type="password" autocomplete="current-password"{{#passwordError}} aria-describedby="password-error"{{/passwordError}}>
    </div>
    <button class="button" type="submit" id="sign-in">Sign in</button>
    </form>
    """

    static let home = """
    <h1>{{countyName}}</h1>
    <p class="lead">Records complete to {{extractDate}}. You are signed in as a {{roleLabel}}; you can see {{scope}}.</p>
    <ul class="card-list">
    {{#links}}<li class="card"><a href="{{href}}">{{label}}</a><p>{{hint}}</p></li>{{/links}}
    </ul>
    """

    static let children = """
    <h1>Children</h1>
    <p class="lead">{{count}} children in your scope ({{scope}}), as at {{asOf}}.</p>
    <p><a class="button secondary" href="/children.csv" download>Download as CSV</a></p>
    <table class="table">
    <caption class="visually-hidden">Children in your scope</caption>
    <thead><tr><th scope="col">Child</th><th scope="col">Age</th><th scope="col">Status</th><th scope="col">Team</th><th scope="col">Worker</th></tr></thead>
    <tbody>
    {{#rows}}<tr><td><a href="/children/{{id}}">{{id}}</a></td><td>{{age}}</td><td>{{status}}</td><td>{{team}}</td><td>{{worker}}</td></tr>{{/rows}}
    </tbody>
    </table>
    {{#multiplePages}}
    <nav class="pagination" aria-label="Pages of children">
    <p>Page {{page}} of {{pages}}</p>
    <ul>{{#previous}}<li><a href="{{href}}" rel="prev">Previous page</a></li>{{/previous}}{{#next}}<li><a href="{{href}}" rel="next">Next page</a></li>{{/next}}</ul>
    </nav>
    {{/multiplePages}}
    """

    static let chronology = """
    <p class="breadcrumb"><a href="/children">Children</a></p>
    <h1>Child {{id}}</h1>
    <dl class="summary-list">
    <div><dt>Date of birth</dt><dd>{{dob}}</dd></div>
    <div><dt>Sex</dt><dd>{{sex}}</dd></div>
    <div><dt>Ethnicity</dt><dd>{{ethnicity}}</dd></div>
    <div><dt>Status on {{asOf}}</dt><dd>{{status}}</dd></div>
    <div><dt>Team</dt><dd>{{team}}</dd></div>
    <div><dt>UASC</dt><dd>{{uasc}}</dd></div>
    </dl>
    <h2>Chronology</h2>
    <p>{{count}} entries, oldest first. <a class="button secondary" href="/children/{{id}}/chronology.csv" download>Download as CSV</a></p>
    <table class="table" id="chronology">
    <caption class="visually-hidden">Chronology of child {{id}}</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Detail</th></tr></thead>
    <tbody>
    {{#entries}}<tr><td class="nowrap">{{date}}</td><td>{{kind}}</td><td>{{detail}}</td></tr>{{/entries}}
    </tbody>
    </table>
    """

    static let activity = """
    <h1>Activity</h1>
    <form method="get" action="/activity" class="filter">
    <div class="form-group"><label for="month">Month</label>
    <input class="input" id="month" name="month" type="month" value="{{month}}"></div>
    <button class="button" type="submit">Show</button>
    </form>
    <p class="lead">Snapshot on {{snapshot}} (last working day of the month) against {{previous}}. Events are those dated in the month.</p>
    {{#suppressed}}<p class="notice"><strong>Counts of 1 to 4 children are shown as c</strong> and figures derived from them are withheld, to protect children's identities.</p>{{/suppressed}}
    <p><a class="button secondary" href="/activity.csv?month={{month}}" download>Download as CSV</a></p>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Activity table">
    <table class="table numeric" id="activity">
    <caption class="visually-hidden">Activity by unit</caption>
    <thead><tr><th scope="col">Unit</th>{{#headings}}<th scope="col">{{.}}</th>{{/headings}}</tr></thead>
    <tbody>
    {{#rows}}<tr class="{{rowClass}}"><th scope="row">{{name}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/rows}}
    </tbody>
    </table>
    </div>
    """

    static let users = """
    <h1>Users and roles</h1>
    {{#created}}<div class="notice" role="status"><h2>User {{name}} added</h2><p>Give them this password once; it is not shown again: <code>{{password}}</code></p></div>{{/created}}
    {{#hasErrors}}
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">There is a problem</h2>
    <ul>{{#errors}}<li><a href="#{{field}}">{{message}}</a></li>{{/errors}}</ul>
    </div>
    {{/hasErrors}}
    <p><a class="button secondary" href="/admin/users.csv" download>Download as CSV</a></p>
    <table class="table">
    <caption class="visually-hidden">Users</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Worker</th><th scope="col">Team</th><th scope="col">Area</th></tr></thead>
    <tbody>{{#users}}<tr><td>{{name}}</td><td>{{role}}</td><td>{{worker}}</td><td>{{team}}</td><td>{{area}}</td></tr>{{/users}}</tbody>
    </table>
    <h2>Add a user</h2>
    <form method="post" action="/admin/users" novalidate>
    <input type="hidden" name="csrf" value="{{csrf}}">
    <div class="form-group"><label for="name">User name</label><input class="input" id="name" name="name" type="text" spellcheck="false"></div>
    <div class="form-group"><label for="role">Role</label><select class="input" id="role" name="role">{{#roles}}<option value="{{value}}">{{label}}</option>{{/roles}}</select></div>
    <div class="form-group"><label for="worker">Worker id (social workers)</label><input class="input" id="worker" name="worker" type="text"></div>
    <div class="form-group"><label for="team">Team id (social workers, team managers)</label><input class="input" id="team" name="team" type="text"></div>
    <div class="form-group"><label for="area">Area id (area managers)</label><input class="input" id="area" name="area" type="text"></div>
    <button class="button" type="submit">Add user</button>
    </form>
    """

    static let audit = """
    <h1>Audit log</h1>
    <p class="lead">Chain check: <strong class="tag {{chainClass}}">{{chainWord}}</strong> {{chainDetail}}</p>
    <form method="get" action="/admin/audit" class="filter">
    <div class="form-group"><label for="user">User name</label><input class="input" id="user" name="user" type="text" value="{{filterUser}}"></div>
    <div class="form-group"><label for="action">Action</label><select class="input" id="action" name="action"><option value="">Any</option>{{#actions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/actions}}</select></div>
    <div class="form-group"><label for="subject">Subject contains</label><input class="input" id="subject" name="subject" type="text" value="{{filterSubject}}"></div>
    <div class="form-group"><label for="from">From (date)</label><input class="input" id="from" name="from" type="date" value="{{filterFrom}}"></div>
    <div class="form-group"><label for="to">To (date)</label><input class="input" id="to" name="to" type="date" value="{{filterTo}}"></div>
    <button class="button" type="submit">Filter</button>
    </form>
    <p><a class="button secondary" href="/admin/audit.csv?user={{filterUser}}&amp;action={{filterAction}}&amp;subject={{filterSubject}}&amp;from={{filterFrom}}&amp;to={{filterTo}}" download>Download as CSV</a></p>
    <table class="table" id="audit">
    <caption class="visually-hidden">Audit entries, newest first</caption>
    <thead><tr><th scope="col">#</th><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Role</th><th scope="col">What</th><th scope="col">Subject</th><th scope="col">From</th></tr></thead>
    <tbody>{{#entries}}<tr><td>{{seq}}</td><td class="nowrap">{{at}}</td><td>{{user}}</td><td>{{role}}</td><td>{{action}}</td><td>{{subject}}</td><td>{{remote}}</td></tr>{{/entries}}</tbody>
    </table>
    """

    static let error = """
    <h1>{{heading}}</h1>
    <p class="lead">{{message}}</p>
    <p><a href="/">Go to the start page</a></p>
    """
}
