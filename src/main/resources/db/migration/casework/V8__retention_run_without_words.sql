-- A run's numbers are what it recorded; its words are the screen's, in the reader's language, and the log's. The
-- English sentence stored beside the numbers said them a second time.
alter table casework.retention_run drop column summary;
