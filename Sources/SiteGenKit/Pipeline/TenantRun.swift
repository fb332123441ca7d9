/// How far one tenant got through the pipeline, and the value each stage made: a stage that
/// failed (its problems are in the diagnostics) leaves its value and every later one nil.
struct TenantRun: Sendable {
    var loaded: LoadedTenant?
    var resolved: ResolvedTenant?
    var rendered: RenderedTenant?
}
