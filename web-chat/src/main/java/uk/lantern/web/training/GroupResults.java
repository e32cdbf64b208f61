package uk.lantern.web.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.lantern.engine.training.CaseStudies;
import uk.lantern.engine.training.CaseStudy;
import uk.lantern.web.account.Account;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;

/** A trainer's view of their team: each trainee's quiz progress and how each case went. */
@Component
class GroupResults {

    /** One trainee's progress. */
    record Trainee(String username, String displayName, String role, int attempts, int casesTried, int casesInAll,
            int averagePercent, Instant lastTakenAt) {

        public String lastTaken() {
            return lastTakenAt == null ? "Not yet" : QuizAttempts.WHEN.format(lastTakenAt);
        }
    }

    /** How one case went across the group. */
    record CaseSummary(String caseId, String title, int attempts, int bandRightPercent, int averagePercent) {
    }

    /** The whole view. */
    record Group(String team, List<Trainee> trainees, List<CaseSummary> cases, List<QuizAttempts.Attempt> recent) {
    }

    private final AccountStore accounts;
    private final QuizAttempts attempts;
    private final CaseStudies caseStudies;

    GroupResults(AccountStore accounts, QuizAttempts attempts, CaseStudies caseStudies) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.caseStudies = caseStudies;
    }

    /** The results of the team's workers and trainers (admins take no quizzes). */
    Group of(String team) {
        List<Account> members = accounts.inTeam(team).stream().filter(a -> a.role() != Role.ADMIN).toList();
        List<QuizAttempts.Attempt> all = attempts.ofAll(members.stream().map(Account::username).toList());
        List<Trainee> trainees = new ArrayList<>();
        for (Account a : members) {
            List<QuizAttempts.Attempt> theirs = all.stream().filter(x -> x.username().equals(a.username())).toList();
            trainees.add(new Trainee(a.username(), a.displayName(), a.role().label(), theirs.size(),
                    (int) theirs.stream().map(QuizAttempts.Attempt::caseId).distinct().count(),
                    caseStudies.all().size(), average(theirs),
                    theirs.stream().map(QuizAttempts.Attempt::takenAt).max(Comparator.naturalOrder()).orElse(null)));
        }
        Map<String, CaseSummary> byCase = new LinkedHashMap<>();
        for (CaseStudy c : caseStudies.all()) {
            List<QuizAttempts.Attempt> onCase = all.stream().filter(x -> x.caseId().equals(c.id())).toList();
            int bandRight = onCase.isEmpty() ? 0
                    : Math.round(100f * onCase.stream().filter(QuizAttempts.Attempt::bandRight).count() / onCase.size());
            byCase.put(c.id(), new CaseSummary(c.id(), c.title(), onCase.size(), bandRight, average(onCase)));
        }
        return new Group(team, trainees, List.copyOf(byCase.values()), all.stream().limit(20).toList());
    }

    private static int average(List<QuizAttempts.Attempt> attempts) {
        return attempts.isEmpty() ? 0
                : (int) Math.round(attempts.stream().mapToInt(QuizAttempts.Attempt::percent).average().orElse(0));
    }
}
