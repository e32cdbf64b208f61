-- Issue 14: the isolation index now asks whether the person lives with a spouse or partner
-- (lives_with_partner, asked when more than one person lives in the home) instead of reading
-- marital status. Stored answers written before it get the answer the old scoring assumed:
-- "yes" when married or with a partner, "no" otherwise. People living alone are not asked, so
-- their records are left as they are. The stored assessments are kept as they were scored:
-- history is not rewritten.
update screening
   set answers = (answers::jsonb || jsonb_build_object('lives_with_partner',
           case when answers::jsonb ->> 'marital_status' = 'married_or_partner' then 'yes' else 'no' end))::text
 where answers::jsonb -> 'lives_with_partner' is null
   and answers::jsonb -> 'household_size' is not null
   and (answers::jsonb ->> 'household_size')::integer <> 1;
