-- Undoing a merge keeps what was corrected in the kept record since the merge: the fields the
-- merge wrote are kept too (JSON, like kept_before), so that an undo gives back the old value of
-- a field only where the field still holds what the merge wrote. NULL for merges recorded
-- before: their undo gives back every old value, as it did.
ALTER TABLE beneficiary_merge ADD COLUMN kept_after TEXT;
