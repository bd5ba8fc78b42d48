-- Who handles a procedure the structure added to its catalogue: an organisation id of the
-- shipped catalogue (assets/procedures/catalogue.toml), named by Fluent like the shipped
-- entries' organisations; NULL when the structure did not say.
ALTER TABLE procedure_catalogue_entry ADD COLUMN organisation TEXT;
