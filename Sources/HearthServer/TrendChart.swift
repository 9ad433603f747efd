import Foundation

/// A trend as an inline SVG: the value line with a point per month, and the target and floor as
/// dashed lines. Drawn on the server, so it needs no script; a table beside it carries the same
/// figures for screen-reader users.
enum TrendChart {
    static func svg(_ points: [TrendPoint], title: String) -> String {
        let w = 720.0, h = 260.0, left = 48.0, right = 12.0, top = 16.0, bottom = 36.0
        let values = points.flatMap { [$0.value, $0.target, $0.floor].compactMap { $0 } }
        guard !points.isEmpty, let lo0 = values.min(), let hi0 = values.max() else {
            return "<p>No values to chart.</p>"
        }
        let pad = max((hi0 - lo0) * 0.1, 1)
        let lo = max(0, lo0 - pad), hi = hi0 + pad
        let n = Double(max(points.count - 1, 1))
        func x(_ i: Int) -> Double { left + (w - left - right) * Double(i) / n }
        func y(_ v: Double) -> Double { top + (h - top - bottom) * (1 - (v - lo) / (hi - lo)) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = "<svg class=\"trend\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-labelledby=\"trend-title\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title id=\"trend-title\">\(esc(title))</title>"
        for k in 0...4 {
            let v = lo + (hi - lo) * Double(k) / 4
            out += "<line x1=\"\(f(left))\" x2=\"\(f(w - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" stroke=\"#e5e6e7\"/>"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" font-size=\"11\" fill=\"#505a5f\">\(f(v))</text>"
        }
        for (i, p) in points.enumerated() where i % 3 == 0 || i == points.count - 1 {
            out += "<text x=\"\(f(x(i)))\" y=\"\(f(h - 12))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">\(p.month.iso.prefix(7))</text>"
        }
        func path(_ key: KeyPath<TrendPoint, Double?>) -> String {
            var d = "", pen = false
            for (i, p) in points.enumerated() {
                guard let v = p[keyPath: key] else { pen = false; continue }
                d += (pen ? "L" : "M") + "\(f(x(i))),\(f(y(v))) "
                pen = true
            }
            return d
        }
        let target = path(\.target), floor = path(\.floor), value = path(\.value)
        if !floor.isEmpty { out += "<path d=\"\(floor)\" fill=\"none\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"2 4\"><title>Floor</title></path>" }
        if !target.isEmpty { out += "<path d=\"\(target)\" fill=\"none\" stroke=\"#00703c\" stroke-width=\"2\" stroke-dasharray=\"8 4\"><title>Target</title></path>" }
        out += "<path d=\"\(value)\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>"
        for (i, p) in points.enumerated() {
            guard let v = p.value else { continue }
            out += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"3.5\" fill=\"#1d70b8\"><title>\(p.month.iso.prefix(7)): \(f(v))\(p.rag.map { " \($0.rawValue)" } ?? "")</title></circle>"
        }
        out += "</svg>"
        out += "<p class=\"legend\"><span class=\"key key-value\">Result</span> <span class=\"key key-target\">Target (dashed green)</span> <span class=\"key key-floor\">Floor (dotted red)</span></p>"
        return out
    }
}
