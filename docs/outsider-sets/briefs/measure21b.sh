#!/bin/bash
# Measures the answers v26 sealed set once on a commit of /work/main (engine only).
# usage: measure21b.sh <commit>   (log: /work/measure21b-<commit>.log)
set -u
C=$1; S=/work/sealed/r21b; D=/tmp/measure21b-$C; LOG=/work/measure21b-$C.log
rm -rf $D && git clone -q /work/main $D && cd $D && git checkout -q "$C" || exit 1
grep -v -P '^question_id\t' $S/answers-sealed-v26.tsv > engine/src/test/resources/interpret/sealed-v26.tsv
./mvnw -B -o -ntp -pl engine test -Dmaven.test.failure.ignore=true -Dtest=InterpretationCorpusTest \
  -Dsurefire.failIfNoSpecifiedTests=false > $LOG 2>&1
echo "maven exit=$?" >> $LOG
grep -a "^sealed-v26.tsv:" $LOG | head -1
