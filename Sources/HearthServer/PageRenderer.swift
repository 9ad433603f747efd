import Hummingbird
import Mustache

/// Renders a page template inside the layout, with the navigation the user's role allows.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var lib = MustacheLibrary()
        for (name, text) in Templates.all.merging(Templates.scorecardFamily, uniquingKeysWith: { a, _ in a })
            .merging(Templates.importFamily, uniquingKeysWith: { a, _ in a }) {
            try lib.register(text, named: name)
        }
        library = lib
    }

    static let navigation: [(Endpoint, String)] = [
        (.home, "Home"), (.scorecard, "Scorecard"), (.childrenList, "Children"), (.activity, "Activity"), (.exceptions, "Exceptions"), (.uascImpact, "UASC impact"),
        (.committeePack, "Committee pack"), (.importPage, "Import"),
        (.adminUsers, "Users"), (.adminAudit, "Audit log"),
    ]

    /// The page content alone, without the layout: what can be cached and shared between users.
    func body(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    func html(_ template: String, title: String, _ context: [String: Any], identity: Identity?) -> String {
        wrap(body(template, context), title: title, identity: identity)
    }

    /// Puts rendered content inside the layout, with this user's name, navigation and CSRF token.
    func wrap(_ body: String, title: String, identity: Identity?) -> String {
        var layout: [String: Any] = ["title": title, "body": body]
        if let id = identity {
            let nav = Self.navigation
                .filter { RouteTable.entry($0.0).access.allows(id.user.role) }
                .map { ["href": RouteTable.entry($0.0).path, "label": $0.1] }
            layout["user"] = [
                "name": id.user.name, "roleLabel": id.user.role.label, "nav": nav,
                "csrf": id.session?.csrfToken ?? "",
            ] as [String: Any]
        }
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    func page(_ template: String, title: String, _ context: [String: Any], identity: Identity?,
              status: HTTPResponse.Status = .ok) -> Response {
        Self.htmlResponse(html(template, title: title, context, identity: identity), status: status)
    }

    func page(body: String, title: String, identity: Identity?, status: HTTPResponse.Status = .ok) -> Response {
        Self.htmlResponse(wrap(body, title: title, identity: identity), status: status)
    }

    func error(_ status: HTTPResponse.Status, heading: String, message: String, identity: Identity?) -> Response {
        page("error", title: heading, ["heading": heading, "message": message], identity: identity, status: status)
    }

    static func htmlResponse(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
