package org.claimtrail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleLabelTest {
  @Test
  void aTitleIsTheLabel() {
    assertEquals("Harbour authority denies report", ArticleLabel.of(Optional.of("  Harbour authority denies report "), "Some text."));
  }

  @Test
  void withoutATitleTheFirstSentenceIs() {
    assertEquals("The port reopened on Monday.", ArticleLabel.of(Optional.empty(), "The port reopened on Monday. Officials said so.\n\nMore."));
    assertEquals("The port reopened.", ArticleLabel.of("  ", "The port reopened.\n\nOfficials said so."), "a blank title is none");
  }

  @Test
  void aLongFirstSentenceIsCutAtAWord() {
    String seed = "US Defense Secretary Lloyd Austin confirmed on Tuesday that North Korean troops are in Russia before adding that Washington "
        + "is determining the purpose and potential gains of the deployments.\n\n“Our analysts…”";
    String label = ArticleLabel.of(Optional.empty(), seed);
    assertEquals("US Defense Secretary Lloyd Austin confirmed on Tuesday that North Korean troops are in Russia…", label);
    assertTrue(label.length() <= ArticleLabel.MAX, label);
  }

  @Test
  void anAbbreviationDoesNotEndTheSentence() {
    assertEquals("Gen. Budanov said the troops had arrived in Kursk.", ArticleLabel.of(Optional.empty(), "Gen. Budanov said the troops had arrived in Kursk. Then more."));
  }

  @Test
  void whitespaceIsCollapsedAndEmptyTextIsNamedAsSuch() {
    assertEquals("Troops crossed the border, officials said.", ArticleLabel.of(Optional.empty(), "  Troops crossed\nthe   border, officials said."));
    assertEquals("Untitled article", ArticleLabel.of(Optional.empty(), "   "));
  }

  @Test
  void thePublisherFollowsTheLabel() {
    assertEquals("Crane collapse (Example Wire)", ArticleLabel.withPublisher("Crane collapse", "Example Wire"));
    assertEquals("Crane collapse", ArticleLabel.withPublisher("Crane collapse", null));
  }
}
