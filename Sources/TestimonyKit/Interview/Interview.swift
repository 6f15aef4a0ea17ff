import Foundation
public import TestimonyModel
public import TestimonyTemplates

/// A guided, trauma-informed interview over one template: consent, then each section opening with
/// free narrative, then the identifiers list. Every answer is handed to `save` as soon as it is given.
public final class Interview {
    /// Saves the document, the next step's index and the status (encrypted, by the caller).
    public typealias Save = (TestimonyDocument, Int, TestimonyStatus) throws -> Void

    let template: Template
    let io: any InterviewIO
    let save: Save
    let steps: [InterviewStep]
    let words: InterviewStrings
    let today: String
    var document: TestimonyDocument

    public init(template: Template, document: TestimonyDocument, io: any InterviewIO, today: String = Day.today(), save: @escaping Save) {
        self.template = template
        self.document = document
        self.io = io
        self.save = save
        self.steps = InterviewStep.steps(for: template)
        self.words = InterviewStrings(language: document.language)
        self.today = today
    }

    /// Runs from step `position` until the end, a pause, a quit, or the end of input.
    public func run(from position: Int) throws -> InterviewOutcome {
        let lang = document.language
        io.write("\n\(template.title.text(lang))\n\n\(template.supportStart.text(lang))\n\n\(words.commands)\n")
        var index = max(0, min(position, steps.count))
        while index < steps.count {
            let result = try ask(steps[index])
            switch result {
            case .answered:
                index += 1
                try save(document, index, .draft)
            case .back:
                index = max(0, index - 1)
            case .pause:
                try save(document, index, .draft)
                io.write("\n\(words.paused)\n")
                return .paused
            case .endOfInput:
                try save(document, index, .draft)
                io.write("\n\(words.inputEnded)\n")
                return .paused
            case .quit:
                return .quit
            }
        }
        try save(document, steps.count, .complete)
        io.write("\n\(template.supportEnd.text(lang))\n")
        return .completed
    }

    enum StepResult { case answered, back, pause, endOfInput, quit }

    func ask(_ step: InterviewStep) throws -> StepResult {
        let lang = document.language
        switch step {
        case .consent(let scope):
            if scope.id == template.consentScopes.first?.id {
                io.write("\n== \(words.consentHeader) ==\n")
                if let intro = template.consentIntro { io.write("\(intro.text(lang))\n") }
            }
            io.write("\n\(scope.label.text(lang)) \(words.yesNoHint)\n")
            return try loop(existing: document.consent[scope.id] != nil) { line in
                guard let granted = ReplyParser.yesNo(line.trimmingCharacters(in: .whitespaces)) else { return false }
                self.document.consent[scope.id] = ConsentDecision.decided(granted, scope: scope, today: self.today)
                return true
            } nonAnswer: { _ in
                self.document.consent[scope.id] = ConsentDecision.decided(false, scope: scope, today: self.today)
            }
        case .question(let q, let section, let first):
            if first { io.write("\n== \(section.title.text(lang)) ==\n") }
            io.write("\n\(q.label.text(lang))\n")
            if let help = q.help { io.write("  \(help.text(lang))\n") }
            io.write(hint(for: q))
            if q.kind == .longText { return try longText(q) }
            return try loop(existing: document.answers[q.id] != nil) { line in
                guard let answer = ReplyParser.parse(line, for: q) else { return false }
                self.document.answers[q.id] = answer
                return true
            } nonAnswer: { answer in
                self.document.answers[q.id] = answer
            }
        case .identifiers:
            return try identifiers()
        }
    }

    func hint(for q: Question) -> String {
        let lang = document.language
        switch q.kind {
        case .shortText: return ""
        case .longText: return "\(words.longTextHint)\n"
        case .singleChoice, .multiChoice:
            let lines = q.options.enumerated().map { "  \($0.offset + 1). \($0.element.label.text(lang))" }.joined(separator: "\n")
            return lines + "\n" + (q.kind == .multiChoice ? "\(words.multiHint)\n" : "")
        case .scale:
            guard let s = q.scale else { return "" }
            let low = s.minLabel.map { " = \($0.text(lang))" } ?? ""
            let high = s.maxLabel.map { " = \($0.text(lang))" } ?? ""
            return "  \(s.min)\(low) … \(s.max)\(high) \(words.scaleHint(s.min, s.max))\n"
        case .numberBand:
            let bands = q.bands.map { $0.label?.text(lang) ?? $0.code }.joined(separator: ", ")
            return "  \(bands) \(words.bandHint)\n"
        case .monthYear: return "  \(words.monthHint)\n"
        case .yesNo: return "  \(words.yesNoHint)\n"
        }
    }

    /// Reads replies until one is accepted or a command ends the step.
    func loop(existing: Bool, accept: (String) -> Bool, nonAnswer: (Answer) -> Void) throws -> StepResult {
        if existing { io.write("\(words.keepHint)\n") }
        while true {
            io.write("> ")
            guard let line = io.readLine() else { return .endOfInput }
            if let command = InterviewCommand(line: line) {
                switch command {
                case .skip: nonAnswer(.skipped); return .answered
                case .preferNotToSay: nonAnswer(.preferNotToSay); return .answered
                case .back: return .back
                case .pause: return .pause
                case .quit: if confirmQuit() { return .quit } else { continue }
                case .help, .edit: io.write("\(words.commands)\n"); continue
                }
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if existing { return .answered }
                io.write("\(words.needAnswer)\n")
                continue
            }
            if accept(line) { return .answered }
            io.write("\(words.invalid)\n")
        }
    }

    func longText(_ q: Question) throws -> StepResult {
        let existing = document.answers[q.id]
        if existing != nil { io.write("\(words.keepHint)\n") }
        while true {
            io.write("> ")
            guard let first = io.readLine() else { return .endOfInput }
            if let command = InterviewCommand(line: first) {
                switch command {
                case .skip: document.answers[q.id] = .skipped; return .answered
                case .preferNotToSay: document.answers[q.id] = .preferNotToSay; return .answered
                case .back: return .back
                case .pause: return .pause
                case .quit: if confirmQuit() { return .quit } else { continue }
                case .help: io.write("\(words.commands)\n"); continue
                case .edit:
                    guard io.isInteractive else { io.write("\(words.editorNeedsTerminal)\n"); continue }
                    var initial = ""
                    if case .text(let t)? = existing { initial = t }
                    let text: String
                    do {
                        text = try io.edit(initial)
                    } catch {
                        // The interview goes on: the person can type the answer instead.
                        io.write("\(String(describing: error))\n")
                        continue
                    }
                    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { io.write("\(words.needAnswer)\n"); continue }
                    document.answers[q.id] = .text(text.trimmingCharacters(in: .newlines))
                    return .answered
                }
            }
            if first.trimmingCharacters(in: .whitespaces).isEmpty {
                if existing != nil { return .answered }
                io.write("\(words.needAnswer)\n")
                continue
            }
            if first.trimmingCharacters(in: .whitespaces) == "." { io.write("\(words.needAnswer)\n"); continue }
            var lines = [first]
            while let next = io.readLine() {
                if next.trimmingCharacters(in: .whitespaces) == "." { break }
                lines.append(next)
            }
            document.answers[q.id] = .text(lines.joined(separator: "\n").trimmingCharacters(in: .newlines))
            return .answered
        }
    }

    func identifiers() throws -> StepResult {
        let lang = document.language
        if let prompt = template.identifiersPrompt { io.write("\n\(prompt.text(lang))\n") }
        io.write("\(words.identifiersHint)\n")
        var collected = document.identifiers
        while true {
            io.write("> ")
            guard let line = io.readLine() else {
                document.identifiers = collected
                return .endOfInput
            }
            if let command = InterviewCommand(line: line) {
                switch command {
                case .skip, .preferNotToSay: document.identifiers = collected; return .answered
                case .back: document.identifiers = collected; return .back
                case .pause: document.identifiers = collected; return .pause
                case .quit: if confirmQuit() { return .quit } else { continue }
                case .help, .edit: io.write("\(words.identifiersHint)\n"); continue
                }
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "." || trimmed.isEmpty {
                document.identifiers = collected
                return .answered
            }
            guard let identifier = ReplyParser.identifier(line) else {
                io.write("\(words.identifierInvalid)\n")
                continue
            }
            if !collected.contains(identifier) { collected.append(identifier) }
        }
    }

    func confirmQuit() -> Bool {
        guard io.isInteractive else { return true }
        io.write("\(words.confirmDiscard)\n> ")
        return io.readLine()?.trimmingCharacters(in: .whitespaces) == "DISCARD"
    }
}
