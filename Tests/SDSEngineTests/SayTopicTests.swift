import Foundation
import SDSEngine
import Testing
import TestSupport

/// A `say` with `topic:` says the topic's text at its place in the conversation.
@Suite struct SayTopicTests {
  static let script = """
    section a
    say intro
      Here are the steps.
    say steps-here
      topic: steps
    ask ready yesno
      prompt: Shall we go on?
      help: Answer yes or no.

    topic steps
      words: steps, the steps
      Step 1 is finding out about {council}.
      Step 2 is making a plan.
    """

  @Test func theTopicTextIsSaidInTheConversation() throws {
    let text = transcript(try inlineScript(Self.script), [])
    #expect(text.contains("Here are the steps.\n\nStep 1 is finding out about your council or Trust.\n\nStep 2 is making a plan.\n\nShall we go on?"), "\(text)")
  }

  @Test func theSameTextStillShowsWhenTheTopicWordIsTyped() throws {
    let text = transcript(try inlineScript(Self.script), ["the steps"])
    #expect(text.components(separatedBy: "Step 2 is making a plan.").count == 3, "\(text)")
  }
}
