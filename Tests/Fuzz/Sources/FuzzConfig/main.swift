import Foundation
@testable import SiteGenKit

/// libFuzzer calls this with each input: the bytes are read as a config file and decoded as each
/// of the three config types. Any diagnostic is fine; a crash, hang or runaway memory is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzConfig(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    // SourceFile's own checks (binary, UTF-8, byte-order mark) run on the bytes as read from disk.
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { return 0 }
    let source = SourceFile(displayPath: "fuzz.yaml", text: text)
    guard let document = try? YAMLDocument(source) else { return 0 }
    _ = try? document.decode(TenantConfig.self)
    _ = try? document.decode(LibraryConfig.self)
    _ = try? document.decode(ThemeConfig.self)
    // The loader walks every key for later messages; it must cope with any shape as well.
    _ = document.root.orderedKeys
    return 0
}

/// libFuzzer's driver, started from here because SwiftPM gives an executable its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                             _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzConfig))
