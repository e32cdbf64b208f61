#!/bin/bash
# Measures the round-21 sealed sets once on a branch of /work/main.
# usage: measure21.sh <branch> [sealed-dir]   (log: /work/measure21-HHMM.log; clone: /tmp/measure21)
set -u
B=${1:-main}; S=${2:-/work/sealed/r21}; T=$(date +%H%M); D=/tmp/measure21; LOG=/work/measure21-$T.log
rm -rf $D && git clone -q /work/main $D && cd $D && git checkout -q "$B" || exit 1
echo "branch $B at $(git rev-parse --short HEAD), sets from $S" > $LOG
cp $S/safeguarding-sealed-v25.tsv rules/src/main/resources/lantern/safeguarding/corpus/sealed-v25.tsv
grep -v -P '^question_id\t' $S/answers-sealed-v25.tsv > engine/src/test/resources/interpret/sealed-v25.tsv  # column-header line dropped (format only)
grep -v -P '^input\t' $S/places-sealed-v19.tsv > knowledge-base/src/test/resources/places/sealed-v19.tsv  # column-header line dropped
{ echo "# known misses: 100000"; grep -v -P '^description\t' $S/eligibility-sealed-v16.tsv; } > knowledge-base/src/test/resources/eligibility/sealed-v16.tsv
sed -i 's#static final List<String> FILES = List.of(#static final List<String> FILES = List.of("/eligibility/sealed-v16.tsv", #' \
  knowledge-base/src/test/java/uk/lantern/directory/signpost/EligibilityDescriptionsTest.java
grep -v -P '^kind\t' $S/relevance-sealed-v17.tsv > web-chat/src/test/resources/relevance/sealed-v17.tsv
sed -i 's#static final List<String> SETS = List.of(#static final List<String> SETS = List.of("/relevance/sealed-v17.tsv", #' \
  web-chat/src/test/java/uk/lantern/web/signpost/RelevanceHarnessTest.java
# personas: checks are space-separated in the harness; the writer may have used commas
awk -F'\t' 'BEGIN{OFS="\t"} /^#/ || NF!=9 {print; next} {gsub(/, */," ",$9); print}' $S/personas-sealed-v20.tsv \
  > web-chat/src/test/resources/signposts/personas-sealed-v20.tsv
sed -i 's#public static List<Persona> tuning() {#public static List<Persona> tuning() { return read("/signposts/personas-sealed-v20.tsv"); }\n    static List<Persona> tuningAsShipped() {#' \
  web-chat/src/test/java/uk/lantern/web/signpost/Persona.java
grep -c "sealed" knowledge-base/src/test/java/uk/lantern/directory/signpost/EligibilityDescriptionsTest.java web-chat/src/test/java/uk/lantern/web/signpost/RelevanceHarnessTest.java web-chat/src/test/java/uk/lantern/web/signpost/Persona.java >> $LOG
cp /work/briefs/r21m/SealedAnswerTopicsMeasureTest.java rules/src/test/java/uk/lantern/rules/safeguarding/
export LANTERN_TEST_POSTGRES=required
if [ -n "${NOLOCK:-}" ]; then L=""; else L="flock /tmp/lantern-build.lock"; fi
$L ./mvnw -B -o -ntp test -Dmaven.test.failure.ignore=true \
  -Dtest="${TESTS:-SafeguardingCorpusTest,InterpretationCorpusTest,PlaceReadingCorpusTest,EligibilityDescriptionsTest,SignpostPersonaApiTest,ClosingPersonaTest,RelevanceHarnessTest,SealedAnswerTopicsMeasureTest}" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsealed.answers=$S/safeguarding-answers-sealed-v6.tsv >> $LOG 2>&1
echo "maven exit=$?" >> $LOG
{
echo "== safeguarding"; cat rules/target/safeguarding-corpus/sealed-v25.md 2>/dev/null | head -60
echo "== answer topics"; cat rules/target/sealed-answer-topics.txt 2>/dev/null | head -80
echo "== answers"; grep -a "^sealed-v25.tsv:" $LOG
echo "== places"; grep -a "places sealed-v19" $LOG
echo "== eligibility"; grep -a "eligibility descriptions /eligibility/sealed-v16" $LOG
echo "== personas"; for t in SignpostPersonaApiTest ClosingPersonaTest; do grep -h "Tests run" */target/surefire-reports/*$t.txt 2>/dev/null; done
echo "== relevance"; sed -n 1,12p web-chat/target/relevance/sealed-v17.md 2>/dev/null
} > $LOG.summary
echo "summary: $LOG.summary"
