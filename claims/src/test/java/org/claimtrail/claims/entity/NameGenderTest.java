package org.claimtrail.claims.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.claimtrail.claims.entity.NameGender.Gender;
import org.junit.jupiter.api.Test;

class NameGenderTest {
  @Test
  void firstNamesFromTheShippedListInAnyCase() {
    NameGender g = NameGender.standard();
    assertEquals(Optional.of(Gender.FEMALE), g.ofFirstName("Hillary"));
    assertEquals(Optional.of(Gender.MALE), g.ofFirstName("DONALD"));
    assertEquals(Optional.empty(), g.ofFirstName("Pyongyang"), "not a first name");
    assertEquals(Optional.empty(), g.ofFirstName("Jordan"), "listed as both");
    assertEquals(Optional.empty(), g.ofFirstName("Kim"), "Kim Jong Un: a surname first");
  }

  @Test
  void titlesAndPronouns() {
    assertEquals(Optional.of(Gender.MALE), NameGender.ofTitle("Mr."));
    assertEquals(Optional.of(Gender.FEMALE), NameGender.ofTitle("ms"));
    assertEquals(Optional.empty(), NameGender.ofTitle("Dr."), "a title of either");
    assertEquals(Optional.of(Gender.FEMALE), NameGender.ofPronoun("Her"));
    assertEquals(Optional.empty(), NameGender.ofPronoun("they"));
  }
}
