import Foundation
import Mustache
import SiteGenKit

/// The server's own pages — the index of tenants and a tenant's error page — from Mustache
/// templates like the sites' pages, so values are escaped by the template engine. They are
/// for the author at the keyboard, never published; the reload script is added afterwards.
struct ServerPages: Sendable {
    private let library: MustacheLibrary

    /// Compiles the templates; they are constants, so a failure is a bug caught by the tests.
    init() {
        var library = MustacheLibrary()
        try? library.register(MustacheTemplate(string: Self.indexTemplate), named: "index")
        try? library.register(MustacheTemplate(string: Self.errorTemplate), named: "error")
        try? library.register(MustacheTemplate(string: Self.headTemplate), named: "head")
        self.library = library
    }

    /// The index page: every tenant in scope with its state.
    func index(scope: [String], tenants: [String: ServedTenant], root: String) -> String {
        let rows: [[String: Any]] = scope.map { id in
            var row: [String: Any] = ["id": id]
            guard let tenant = tenants[id] else {
                row["state"] = "rendering…"
                return row
            }
            row["state"] = tenant.failed ? "error" : "ok"
            row["failed"] = tenant.failed
            if let inForce = tenant.versions.inForce { row["inForce"] = "version \(inForce.number) (\(inForce.date?.description ?? "date unknown"))" }
            if let announced = tenant.versions.announced { row["announced"] = "version \(announced.number) from \(announced.date?.description ?? "an unknown date")" }
            switch tenant.versions.hasUnreleasedChanges {
            case true?: row["unreleased"] = tenant.versions.inForce == nil ? "never released" : "yes"
            case false?: row["unreleased"] = "no"
            case nil: row["unreleased"] = "unknown"
            }
            row["errors"] = tenant.diagnostics.errorCount
            row["warnings"] = tenant.warningCount
            return row
        }
        return library.render(["tenants": rows, "count": scope.count, "root": root], withTemplate: "index") ?? ""
    }

    /// A tenant's error page: every diagnostic as the terminal shows it, `file:line:column` first.
    func error(tenant: String, diagnostics: Diagnostics) -> String {
        let lines = diagnostics.sorted.filter { $0.severity == .error } + diagnostics.sorted.filter { $0.severity != .error }
        let context: [String: Any] = [
            "tenant": tenant,
            "errors": diagnostics.errorCount,
            "diagnostics": lines.map { ["text": $0.description, "isError": $0.severity == .error] },
        ]
        return library.render(context, withTemplate: "error") ?? ""
    }

    /// What both pages put in <head> besides their title: never indexed, readable on a phone.
    private static let headTemplate = """
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24}\
    table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ccd}\
    pre{white-space:pre-wrap;background:#f6f6f8;padding:1rem;border-left:.3rem solid #b00020}\
    .error{color:#b00020;font-weight:600}</style>
    """

    private static let indexTemplate = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    {{> head}}
    <title>sitegen serve – {{count}} tenants</title>
    </head>
    <body>
    <main>
    <h1>sitegen serve</h1>
    <p>Working copies of {{count}} tenants of <code>{{root}}</code>, rendered in memory; nothing is written to output/.
    Pages reload when a file they use changes.</p>
    <table>
    <thead><tr><th scope="col">Tenant</th><th scope="col">State</th><th scope="col">In force</th><th scope="col">Announced</th>\
    <th scope="col">Unreleased changes</th><th scope="col">Errors</th><th scope="col">Warnings</th></tr></thead>
    <tbody>
    {{#tenants}}
    <tr><td><a href="/{{id}}/">{{id}}</a></td><td{{#failed}} class="error"{{/failed}}>{{state}}</td><td>{{inForce}}</td>\
    <td>{{announced}}</td><td>{{unreleased}}</td><td>{{errors}}</td><td>{{warnings}}</td></tr>
    {{/tenants}}
    </tbody>
    </table>
    </main>
    </body>
    </html>

    """

    private static let errorTemplate = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    {{> head}}
    <title>sitegen: {{tenant}} has errors</title>
    </head>
    <body>
    <main>
    <h1 class="error">{{tenant}}: {{errors}} error(s)</h1>
    <p>sitegen could not render this tenant. Fix the files below; this page reloads when the next render works.
    <a href="/">All tenants</a></p>
    {{#diagnostics}}
    <pre{{#isError}} class="error"{{/isError}}>{{text}}</pre>
    {{/diagnostics}}
    </main>
    </body>
    </html>

    """
}
