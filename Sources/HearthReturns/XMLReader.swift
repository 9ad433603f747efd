/// An XML element as the returns use them: a name, its text and child elements. Attributes are
/// not used by the 903 or CIN schemas and are skipped.
public struct XMLElement: Sendable, Hashable {
    public var name: String
    public var text: String
    public var children: [XMLElement]
    /// 1-based line of the start tag.
    public var line: Int

    public init(name: String, text: String = "", children: [XMLElement] = [], line: Int = 0) {
        self.name = name; self.text = text; self.children = children; self.line = line
    }

    /// The first child called `name`.
    public func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    /// All children called `name`.
    public func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }
    /// The trimmed text of the first child called `name`, or "" when there is none.
    public func text(of name: String) -> String { child(name)?.text ?? "" }
}

/// A syntax or encoding problem that stops an XML file being read, with the line it was met on.
public struct XMLSyntaxError: Error, Sendable, Hashable {
    public var line: Int
    /// The open element path at the point of failure, for example `EXPSSDA903/CHILD/EPISODE`.
    public var path: String
    public var element: String
    public var message: String
}

/// A small streaming XML reader over bytes. The 903 and CIN files are flat and large, so rather
/// than build one tree for the whole file it builds a tree only for each element at one of the
/// `capture` paths (`EXPSSDA903/CHILD`) and hands it to the caller, then forgets it.
///
/// It accepts what the DfE schemas use: elements, text, the five predefined entities and
/// character references, CDATA, comments, processing instructions and a DOCTYPE (skipped).
/// Namespace prefixes are dropped from element names. A file declared ISO-8859-1 or
/// Windows-1252 is transcoded; anything else must be UTF-8 (or its ASCII subset).
/// A truncated or malformed file yields an `XMLSyntaxError`, never a crash.
public struct XMLStreamReader {
    public let capture: Set<String>

    public init(capture: Set<String>) { self.capture = capture }

    /// Reads `input`, calling `onElement(path, element)` for each captured element (path without
    /// index, for example `EXPSSDA903/CHILD`) and `onOther(path, element)` for leaf elements
    /// outside any captured one (header fields such as `Message/Header/CollectionDetails/Year`).
    /// Returns the root element's name.
    public func read(_ input: [UInt8],
                     onOther: (String, XMLElement) -> Void = { _, _ in },
                     onElement: (String, XMLElement) throws -> Void) throws -> String {
        var b = input
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { b.removeFirst(3) }
        if b.count >= 2, (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) {
            throw XMLSyntaxError(line: 1, path: "", element: "", message: "the file is UTF-16; save it as UTF-8")
        }
        if Self.declaresLatin1(b) { b = Self.latin1ToUTF8(b) }
        let n = b.count
        var i = 0
        var line = 1
        var stack: [String] = []           // open element names
        var stackLines: [Int] = []
        var pathString: [String] = []      // joined path per depth
        var builders: [XMLElement] = []    // elements under construction inside a captured subtree
        var captureDepth = -1              // depth (stack count) at which capture began
        var text: [UInt8] = []
        var rootName = ""
        var seenRoot = false

        func fail(_ message: String, element: String = "") -> XMLSyntaxError {
            XMLSyntaxError(line: line, path: stack.joined(separator: "/"), element: element, message: message)
        }
        func isNameByte(_ c: UInt8) -> Bool {
            !(c == 32 || c == 9 || c == 10 || c == 13 || c == 47 || c == 62 || c == 61)
        }
        func advanceCounting(_ to: Int) {
            while i < to { if b[i] == 10 { line += 1 }; i += 1 }
        }
        func find(_ pattern: [UInt8], from: Int) -> Int? {
            var k = from
            let m = pattern.count
            while k + m <= n {
                if b[k] == pattern[0] {
                    var ok = true
                    for t in 1..<m where b[k + t] != pattern[t] { ok = false; break }
                    if ok { return k }
                }
                k += 1
            }
            return nil
        }

        while i < n {
            let c = b[i]
            if c != 60 { // '<'
                if c == 38 { // '&'
                    guard let semi = b[i..<min(n, i + 12)].firstIndex(of: 59) else {
                        throw fail("an '&' that does not start an entity; write &amp;")
                    }
                    let name = String(decoding: b[(i + 1)..<semi], as: UTF8.self)
                    guard let scalar = Self.entity(name) else { throw fail("unknown entity &\(name);") }
                    text.append(contentsOf: Array(String(scalar).utf8))
                    i = semi + 1
                    continue
                }
                if c == 10 { line += 1 }
                if !stack.isEmpty { text.append(c) } else if !(c == 32 || c == 9 || c == 10 || c == 13) {
                    throw fail(seenRoot ? "text after the end of the document" : "text before the first element")
                }
                i += 1
                continue
            }
            // Markup.
            guard i + 1 < n else { throw fail("the file ends inside a tag: it is truncated") }
            let next = b[i + 1]
            if next == 33 { // '!'
                if b[i...].starts(with: [60, 33, 45, 45]) {
                    guard let end = find([45, 45, 62], from: i + 4) else { throw fail("the file ends inside a comment: it is truncated") }
                    advanceCounting(end + 3)
                } else if b[i...].starts(with: Array("<![CDATA[".utf8)) {
                    guard let end = find([93, 93, 62], from: i + 9) else { throw fail("the file ends inside CDATA: it is truncated") }
                    let start = i + 9
                    for k in start..<end { if b[k] == 10 { line += 1 }; text.append(b[k]) }
                    i = end + 3
                } else {
                    guard let end = find([62], from: i + 2) else { throw fail("the file ends inside a declaration: it is truncated") }
                    advanceCounting(end + 1)
                }
                continue
            }
            if next == 63 { // '?'
                guard let end = find([63, 62], from: i + 2) else { throw fail("the file ends inside a processing instruction: it is truncated") }
                advanceCounting(end + 2)
                continue
            }
            if next == 47 { // end tag
                var k = i + 2
                while k < n, isNameByte(b[k]) { k += 1 }
                // Compare bytes with the open element's name; build a String only when it differs.
                let nameBytes = b[(i + 2)..<k]
                let name = stack.last.map { $0.utf8.elementsEqual(nameBytes) } == true ? stack.last! : Self.localName(nameBytes)
                while k < n, b[k] == 32 || b[k] == 9 || b[k] == 10 || b[k] == 13 { if b[k] == 10 { line += 1 }; k += 1 }
                guard k < n, b[k] == 62 else { throw fail("the file ends inside the end tag </\(name)>: it is truncated", element: name) }
                guard let open = stack.last else { throw fail("end tag </\(name)> without a start tag", element: name) }
                guard open == name else {
                    throw fail("end tag </\(name)> does not match <\(open)> opened on line \(stackLines.last ?? 0)", element: name)
                }
                let path = pathString.last ?? name
                let depth = stack.count
                let content = Self.trimmed(text)
                text.removeAll(keepingCapacity: true)
                if captureDepth >= 0 {
                    var done = builders.removeLast()
                    if done.children.isEmpty { done.text = content }
                    if depth == captureDepth {
                        try onElement(path, done)
                        captureDepth = -1
                    } else {
                        builders[builders.count - 1].children.append(done)
                    }
                } else {
                    onOther(path, XMLElement(name: name, text: content, line: stackLines.last ?? line))
                }
                stack.removeLast(); stackLines.removeLast(); pathString.removeLast()
                i = k + 1
                continue
            }
            // Start tag.
            var k = i + 1
            while k < n, isNameByte(b[k]) { k += 1 }
            let name = Self.localName(b[(i + 1)..<k])
            if name.isEmpty { throw fail("a '<' that does not start a tag; write &lt;") }
            let tagLine = line
            // Skip attributes, honouring quotes.
            var quoteChar: UInt8 = 0
            while k < n {
                let d = b[k]
                if d == 10 { line += 1 }
                if quoteChar != 0 { if d == quoteChar { quoteChar = 0 } } else if d == 34 || d == 39 { quoteChar = d } else if d == 62 { break }
                k += 1
            }
            guard k < n else { throw fail("the file ends inside the start tag <\(name)>: it is truncated", element: name) }
            let selfClosing = b[k - 1] == 47
            if stack.isEmpty {
                if seenRoot { throw fail("a second root element <\(name)>", element: name) }
                seenRoot = true
                rootName = name
            }
            text.removeAll(keepingCapacity: true)
            // Inside a captured element the path is never used, so the parent's is reused unbuilt.
            let path = captureDepth >= 0 ? pathString.last! : (pathString.last.map { $0 + "/" + name } ?? name)
            let element = XMLElement(name: name, line: tagLine)
            if selfClosing {
                if captureDepth >= 0 {
                    builders[builders.count - 1].children.append(element)
                } else if capture.contains(path) {
                    try onElement(path, element)
                } else {
                    onOther(path, element)
                }
            } else {
                stack.append(name); stackLines.append(tagLine); pathString.append(path)
                if captureDepth >= 0 {
                    builders.append(element)
                } else if capture.contains(path) {
                    captureDepth = stack.count
                    builders = [element]
                }
            }
            i = k + 1
        }
        if let open = stack.last {
            throw XMLSyntaxError(line: line, path: stack.joined(separator: "/"), element: open,
                                 message: "the file ends before </\(open)> (opened on line \(stackLines.last ?? 0)): it is truncated")
        }
        if !seenRoot { throw XMLSyntaxError(line: line, path: "", element: "", message: "the file has no XML elements") }
        return rootName
    }

    private static func localName(_ bytes: ArraySlice<UInt8>) -> String {
        if let colon = bytes.lastIndex(of: 58) { return String(decoding: bytes[(colon + 1)...], as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func trimmed(_ t: [UInt8]) -> String {
        var lo = 0, hi = t.count
        while lo < hi, t[lo] == 32 || t[lo] == 9 || t[lo] == 10 || t[lo] == 13 { lo += 1 }
        while hi > lo, t[hi - 1] == 32 || t[hi - 1] == 9 || t[hi - 1] == 10 || t[hi - 1] == 13 { hi -= 1 }
        return String(decoding: t[lo..<hi], as: UTF8.self)
    }

    private static func entity(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var v: UInt32?
            if name.hasPrefix("#x") { v = UInt32(name.dropFirst(2), radix: 16) } else if name.hasPrefix("#") { v = UInt32(name.dropFirst()) }
            return v.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// Whether the XML declaration names a single-byte Western encoding.
    static func declaresLatin1(_ b: [UInt8]) -> Bool {
        guard b.starts(with: Array("<?xml".utf8)), let end = b.prefix(200).firstIndex(of: 62) else { return false }
        let decl = String(decoding: b[0..<end], as: UTF8.self).lowercased()
        return decl.contains("iso-8859-1") || decl.contains("latin1") || decl.contains("windows-1252")
    }

    static func latin1ToUTF8(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 16)
        for x in b {
            if x < 0x80 { out.append(x) } else { out.append(0xC0 | (x >> 6)); out.append(0x80 | (x & 0x3F)) }
        }
        return out
    }

    /// The first line and byte where `bytes` is not valid UTF-8, or nil when it all is.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, offset: Int)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1, i = 0
        let n = bytes.count
        while i < n {
            let x = bytes[i]
            if x == 10 { line += 1 }
            if x < 0x80 { i += 1; continue }
            let len = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC0 ? 2 : 0
            if len == 0 || i + len > n || String(validating: bytes[i..<(i + len)], as: UTF8.self) == nil {
                return (line, i)
            }
            i += len
        }
        return (line, n)
    }
}
