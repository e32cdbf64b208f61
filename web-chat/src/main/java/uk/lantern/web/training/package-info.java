/**
 * Trainer mode: the risk factor catalogue, rule pages, case studies, the what-if sandbox, quizzes
 * and a trainer's view of their group's results. Everything shown comes from the same rule base
 * and engine that screen people, so what staff learn is what the rules do.
 */
package uk.lantern.web.training;
