import FlyingFox
import Foundation

/// Answers every request from memory: `/` the index of tenants, `/<id>/…` a tenant's pages,
/// `/_sitegen/wait` the reload script's long poll. GET and HEAD only; entity tags and
/// `If-None-Match` give 304s; path tricks get 400.
struct PreviewHandler: HTTPHandler {
    let server: PreviewServer

    /// How long a reload script's request is held when nothing changes; the script asks again.
    static let pollTimeout = Duration.seconds(25)

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.plain(.methodNotAllowed, "only GET and HEAD\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let raw = request.target.path()
        guard let path = RequestPath(raw: raw) else { return Self.plain(.badRequest, "bad path\n") }
        let segments = path.segments
        if segments == [""] || segments.isEmpty { return respond(to: request, with: server.indexPage()) }
        if segments[0] == "_sitegen" {
            switch segments {
            case ["_sitegen", "wait"]: return await wait(request)
            case ["_sitegen", "status"]: return status()
            default: return Self.plain(.notFound, "not found\n")
            }
        }
        let id = segments[0]
        guard server.store.isInScope(id) else { return Self.plain(.notFound, "no tenant '\(id)' is served; see /\n") }
        if segments.count == 1 { return Self.redirect(to: "/\(id)/") }
        var file = segments.dropFirst().joined(separator: "/")
        if file.isEmpty || file.hasSuffix("/") { file += "index.html" }
        let isPage = file.hasSuffix(".html")
        if isPage { server.scheduler.viewed(id) }
        guard let tenant = await server.firstRender(of: id) else {
            return Self.plain(.serviceUnavailable, "\(id) is still being rendered; reload in a moment\n")
        }
        if let errorPage = tenant.errorPage {
            return respond(to: request, with: errorPage, status: .internalServerError)
        }
        if let served = tenant.files[file] { return respond(to: request, with: served) }
        if tenant.files[file + "/index.html"] != nil { return Self.redirect(to: raw + "/") }
        return Self.plain(.notFound, "not found\n")
    }

    /// The long poll: answers 200 once the page's revision is replaced (or the server restarted),
    /// 204 after `pollTimeout` without a change.
    private func wait(_ request: HTTPRequest) async -> HTTPResponse {
        let query = Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let revision = query["revision"].flatMap(Int.init) else { return Self.plain(.badRequest, "revision missing\n") }
        let tenant = query["tenant"].flatMap { $0.isEmpty ? nil : $0 }
        if query["instance"] != server.instance { return Self.plain(.ok, "reload\n", cache: "no-store") }
        let changed = await server.store.waitForChange(of: tenant, from: revision, timeout: Self.pollTimeout)
        return changed ? Self.plain(.ok, "reload\n", cache: "no-store") : HTTPResponse(statusCode: .noContent, headers: HTTPHeaders([.cacheControl: "no-store"]))
    }

    /// `{"tenants": N, "rendered": R, "failed": F, "pending": P, "rendering": Q}`: what scripts
    /// (the benchmark) wait on before the next edit.
    private func status() -> HTTPResponse {
        let snapshot = server.store.snapshot()
        let backlog = server.scheduler.backlog
        let failed = snapshot.tenants.values.filter(\.failed).count
        let json = "{\"tenants\":\(snapshot.scope.count),\"rendered\":\(snapshot.tenants.count),\"failed\":\(failed),"
            + "\"pending\":\(backlog.pending),\"rendering\":\(backlog.rendering)}\n"
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json", .cacheControl: "no-store"]), body: Data(json.utf8))
    }

    /// `file` as a 200, or a 304 when the client's `If-None-Match` names its tag; HEAD gets the headers only.
    private func respond(to request: HTTPRequest, with file: ServedFile, status: HTTPStatusCode = .ok) -> HTTPResponse {
        var headers: HTTPHeaders = [
            .contentType: file.contentType,
            .eTag: file.etag,
            .cacheControl: "no-cache",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if status == .ok, let tags = request.headers[.ifNoneMatch], Self.matches(tags, file.etag) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        headers[.contentLength] = String(file.body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: request.method == .HEAD ? Data() : file.body)
    }

    /// Whether an `If-None-Match` value (`*`, or a list of tags, weak or strong) names `etag`.
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == etag
        }
    }

    private static func plain(_ status: HTTPStatusCode, _ text: String, cache: String = "no-cache",
                              extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8", .cacheControl: cache,
                                    HTTPHeader("X-Content-Type-Options"): "nosniff"]
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }

    private static func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(statusCode: .found, headers: [.location: location, .contentType: "text/plain; charset=utf-8"],
                     body: Data("moved to \(location)\n".utf8))
    }
}
