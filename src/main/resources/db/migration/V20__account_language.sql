-- The interface language a person chose (a tag such as "fa-AF"); null follows the browser's Accept-Language.
ALTER TABLE app_user ADD COLUMN language VARCHAR(16);
