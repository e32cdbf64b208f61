package uk.lantern.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;

import uk.lantern.web.LanternApplication;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;

/**
 * Times a failed sign-in for an unknown username, a disabled account and a wrong password,
 * through the application's own {@link PasswordSignIn} (attempt claim in the database, Argon2id
 * check), interleaved so the machine's noise falls on all three alike. The delays are switched
 * off for the run. Prints the median and p99 of each in milliseconds. See docs/benchmarks.md.
 * Arguments: rounds (200).
 */
public final class SignInTimingHarness {

    private SignInTimingHarness() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String run = UUID.randomUUID().toString();
        // Command-line arguments, so they win over application.properties.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LanternApplication.class)
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:./target/bench-db/" + run + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--lantern.directory.index-path=target/bench-index/" + run,
                        "--lantern.sign-in.pair-free=1000000000", "--lantern.sign-in.client-free=1000000000",
                        "--logging.level.lantern.security=WARN")) {
            AccountStore accounts = app.getBean(AccountStore.class);
            PasswordSignIn signIn = app.getBean(PasswordSignIn.class);
            accounts.teams().ensure("Bench", "bench");
            String password = "the right password for the bench";
            for (String name : List.of("bench.enabled", "bench.disabled")) {
                accounts.create(new AccountStore.NewAccount(name, "Bench", Role.WORKER, "Bench", password), "bench");
            }
            accounts.setEnabled(accounts.find("bench.disabled").orElseThrow().id(), false, "bench");
            String[][] cases = {{"unknown account", "bench.nobody"}, {"disabled account", "bench.disabled"},
                {"wrong password", "bench.enabled"}};
            List<List<Double>> times = new ArrayList<>();
            for (int c = 0; c < cases.length; c++) {
                times.add(new ArrayList<>());
            }
            for (int round = -20; round < rounds; round++) {
                for (int c = 0; c < cases.length; c++) {
                    String tried = c == 1 ? password : "a wrong password " + round;
                    long start = System.nanoTime();
                    try {
                        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(cases[c][1], tried));
                        throw new IllegalStateException("signed in: " + cases[c][0]);
                    } catch (BadCredentialsException expected) {
                        if (round >= 0) {
                            times.get(c).add((System.nanoTime() - start) / 1e6);
                        }
                    }
                }
            }
            System.out.printf("sign-in failures, %d rounds, ms%n%-18s %8s %8s%n", rounds, "case", "median", "p99");
            for (int c = 0; c < cases.length; c++) {
                double[] sorted = times.get(c).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("%-18s %8.1f %8.1f%n", cases[c][0], sorted[sorted.length / 2],
                        sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)]);
            }
        }
    }
}
