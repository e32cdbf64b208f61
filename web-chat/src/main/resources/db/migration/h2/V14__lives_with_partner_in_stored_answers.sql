-- Issue 14: the isolation index now asks whether the person lives with a spouse or partner
-- (lives_with_partner, asked when more than one person lives in the home) instead of reading
-- marital status. Stored answers written before it get the answer the old scoring assumed:
-- "yes" when married or with a partner, "no" otherwise. People living alone are not asked, so
-- their records are left as they are. Answers are compact JSON written by Jackson, so the key is
-- added at the front as text (H2 has no JSON functions for this). The stored assessments are
-- kept as they were scored: history is not rewritten.
update screening
   set answers = '{"lives_with_partner":"yes",' || substring(answers, 2)
 where answers not like '%"lives!_with!_partner"%' escape '!'
   and answers like '%"marital!_status":"married!_or!_partner"%' escape '!'
   and answers not like '%"household!_size":1,%' escape '!'
   and answers not like '%"household!_size":1}%' escape '!'
   and answers like '%"household!_size":%' escape '!';

update screening
   set answers = '{"lives_with_partner":"no",' || substring(answers, 2)
 where answers not like '%"lives!_with!_partner"%' escape '!'
   and answers not like '%"household!_size":1,%' escape '!'
   and answers not like '%"household!_size":1}%' escape '!'
   and answers like '%"household!_size":%' escape '!';
