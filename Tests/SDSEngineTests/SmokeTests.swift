import Testing
@testable import SDSEngine

@Test func yesNoRoundTripsThroughJSON() throws {
  let data = try JSONEncoder().encode(AnswerValue.yesNo(.notSure))
  #expect(try JSONDecoder().decode(AnswerValue.self, from: data) == .yesNo(.notSure))
}
import Foundation
