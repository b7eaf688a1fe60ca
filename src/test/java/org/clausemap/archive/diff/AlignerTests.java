package org.clausemap.archive.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausemap.archive.diff.Versions.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.clausemap.analysis.ProvisionResult;
import org.junit.jupiter.api.Test;

class AlignerTests {

    private final Aligner aligner = new Aligner(ChangeSettings.defaults());

    @Test
    void identicalProvisionsUnderNewNumbersAreMovedNotAddedAndRemoved() {
        List<ProvisionResult> older = List.of(
                provision("1.1", "1. Content", "You keep all rights in your inputs."),
                provision("2.1", "2. Restrictions", "You may not reverse engineer the service."));
        List<ProvisionResult> newer = List.of(
                provision("1.1", "1. Restrictions", "You may not reverse engineer the service."),
                provision("2.1", "2. Content", "You keep all rights in your inputs."));
        List<Aligner.Pair> pairs = aligner.align(older, newer).pairs();
        assertThat(pairs).extracting(Aligner.Pair::kind).containsExactly(ChangeKind.MOVED, ChangeKind.MOVED);
        assertThat(pairs).extracting(Aligner.Pair::older).containsExactly(1, 0);
    }

    @Test
    void aSectionMovedAsAWholeKeepsItsOrderAndOnlyTheMovedProvisionsAreMoved() {
        List<ProvisionResult> older = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            older.add(provision("1." + i, "1. A", "Clause number " + words(i) + " of the first part stands here."));
        }
        List<ProvisionResult> newer = new ArrayList<>(older.subList(2, 6));
        newer.addAll(older.subList(0, 2));
        List<Aligner.Pair> pairs = aligner.align(older, newer).pairs();
        assertThat(pairs).extracting(Aligner.Pair::kind).containsExactly(ChangeKind.UNCHANGED, ChangeKind.UNCHANGED,
                ChangeKind.UNCHANGED, ChangeKind.UNCHANGED, ChangeKind.MOVED, ChangeKind.MOVED);
    }

    @Test
    void aRewordedClauseIsModifiedAndAWhollyNewOneAdded() {
        List<ProvisionResult> older = List.of(
                provision("3.1", "3. Data",
                        "We may retain your inputs for up to 30 days to detect abuse of the service."),
                provision("3.2", "3. Data", "Invoices are sent to the billing contact by email every month."));
        List<ProvisionResult> newer = List.of(
                provision("3.1", "3. Data", "We may retain your inputs and outputs for up to 60 days to detect and"
                        + " investigate abuse of the service."),
                provision("3.2", "3. Data", "Invoices are sent to the billing contact by email every month."),
                provision("3.3", "3. Data", "Agents may act for you only within the limits that you configure."));
        List<Aligner.Pair> pairs = aligner.align(older, newer).pairs();
        assertThat(pairs).extracting(Aligner.Pair::kind)
                .containsExactly(ChangeKind.MODIFIED, ChangeKind.UNCHANGED, ChangeKind.ADDED);
        assertThat(pairs.get(0).similarity()).isBetween(ChangeSettings.MATCH_SIMILARITY, 1.0);
        assertThat(pairs.get(0).sameWords()).isFalse();
    }

    @Test
    void boilerplateCopiedIntoANewSectionDoesNotTakeTheRewrittenClauseOfTheOldSection() {
        String boilerplate = "You will not, and will not allow any third party to, use the Service to develop or"
                + " improve a similar or competing product or service.";
        List<ProvisionResult> older = List.of(
                provision("50.4", "50. AI Services", "The AI services store your content in your region."),
                provision("50.5", "50. AI Services", boilerplate.replace("the Service", "the AI Services")),
                provision("50.6", "50. AI Services", "AI Services are not intended for hazardous environments."));
        List<ProvisionResult> newer = List.of(
                provision("50.4", "50. AI Services", "The AI services store your content in your region."),
                provision("50.5", "50. AI Services", "Except where permitted, you may not use an AI Service to"
                        + " generate content for the express purpose of developing a substantially similar service."),
                provision("50.6", "50. AI Services", "AI Services are not intended for hazardous environments."),
                provision("60.4", "60. Data Agent", boilerplate.replace("the Service", "the Data Agent")));
        List<Aligner.Pair> pairs = aligner.align(older, newer).pairs();
        assertThat(pairs).extracting(Aligner.Pair::kind).containsExactly(ChangeKind.UNCHANGED, ChangeKind.MODIFIED,
                ChangeKind.UNCHANGED, ChangeKind.ADDED);
        assertThat(pairs.get(1).older()).isEqualTo(1);
    }

    @Test
    void aProvisionSplitInTwoKeepsTheOtherHalfAsAPartOfTheModifiedPair() {
        List<ProvisionResult> older = List.of(
                provision("1.9", "1. Universal", "Only the applicable contracting party will have obligations for each"
                        + " account. The contracting party for an account may change as described in the Agreement."),
                provision("1.10", "1. Universal", "Invoices reflect the responsible contracting party."));
        List<ProvisionResult> newer = List.of(
                provision("1.9", "1. Universal", "Only the applicable contracting party will have obligations for each"
                        + " account."),
                provision("1.9", "1. Universal", "The contracting party for an account may change as described in the"
                        + " Agreement."),
                provision("1.10", "1. Universal", "Invoices reflect the responsible contracting party."));
        List<Aligner.Pair> pairs = aligner.align(older, newer).pairs();
        assertThat(pairs).extracting(Aligner.Pair::kind)
                .containsExactlyInAnyOrder(ChangeKind.MODIFIED, ChangeKind.ADDED, ChangeKind.UNCHANGED);
        Aligner.Pair modified = pairs.stream().filter(p -> p.kind() == ChangeKind.MODIFIED).findFirst().orElseThrow();
        Aligner.Pair piece = pairs.stream().filter(p -> p.kind() == ChangeKind.ADDED).findFirst().orElseThrow();
        assertThat(modified.older()).isZero();
        assertThat(piece.part()).isTrue();
        assertThat(modified.newerParts()).containsExactly(piece.newer());
    }

    @Test
    void duplicatesPairWithTheCopyUnderTheSameNumberFirst() {
        String repeated = "You represent that you have provided all necessary privacy notices.";
        List<ProvisionResult> older = List.of(provision("40.3", "40. Connect", repeated),
                provision("50.4", "50. AI Services", repeated));
        List<ProvisionResult> newer = List.of(provision("50.4", "50. AI Services", repeated),
                provision("40.3", "40. Connect", repeated));
        List<Aligner.Pair> pairs = aligner.align(older, newer).pairs();
        assertThat(pairs).extracting(Aligner.Pair::older).containsExactly(1, 0);
    }

    @Test
    void everyProvisionOfBothVersionsIsAccountedForExactlyOnce() {
        List<ProvisionResult> older = new ArrayList<>();
        List<ProvisionResult> newer = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = "Clause " + words(i) + " says the customer must do " + words(i * 7 % 13) + " things.";
            older.add(provision((i / 10) + "." + (i % 10), "S" + (i / 50), text));
            if (i % 7 != 0) {
                newer.add(provision((i / 10) + "." + (i % 10), "S" + (i / 50), i % 5 == 0 ? text + " Or more." : text));
            }
            if (i % 11 == 0) {
                newer.add(provision(null, "S" + (i / 50), "A new sentence about " + words(i) + "."));
            }
        }
        List<Aligner.Pair> pairs = aligner.align(older, newer).pairs();
        assertThat(pairs.stream().filter(p -> p.older() >= 0).map(Aligner.Pair::older).sorted().toList())
                .isEqualTo(IntStream.range(0, older.size()).boxed().toList());
        assertThat(pairs.stream().filter(p -> p.newer() >= 0).map(Aligner.Pair::newer).toList())
                .isEqualTo(IntStream.range(0, newer.size()).boxed().toList());
    }

    private static String words(int n) {
        String[] digits = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(digits[c - '0']).append(' ');
        }
        return out.toString().strip();
    }
}
