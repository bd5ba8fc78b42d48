-- A new person takes a place between their neighbours in the list (search/name_index.rs): the
-- person just before and the one just after them are found through this index, in a few page
-- reads, rather than by reading the whole list.
CREATE INDEX beneficiary_name_list_in_order ON beneficiary_name_list(sort_key, id);
