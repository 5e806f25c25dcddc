-- PartyFinance: the full SQL Server schema, every migration in order, generated from the migrations
-- (src/PartyFinance.Infrastructure/Persistence/Migrations) by EF Core's SQL Server generator. Do not edit:
-- regenerate with  PARTYFINANCE_WRITE_SCHEMA=1 dotnet test tests/PartyFinance.Infrastructure.Tests --filter SqlServerSchemaFile
-- Run it with sqlcmd -i schema.sql against an empty database (text columns use the binary collation Latin1_General_100_BIN2).

IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [ProductVersion] nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
CREATE TABLE [org_units] (
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [parent_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [chapter] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_from] date NOT NULL,
    [valid_to] date NULL,
    [successor_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [created_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [created_at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_org_units] PRIMARY KEY ([code])
);

CREATE TABLE [accounts] (
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_from] date NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [parent_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [is_off_balance] bit NOT NULL,
    [required_dimensions] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_to] date NULL,
    [source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [verified] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_accounts] PRIMARY KEY ([code], [valid_from])
);

CREATE TABLE [budget_codes] (
    [kind] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_from] date NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [parent_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [valid_to] date NULL,
    [source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [verified] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_budget_codes] PRIMARY KEY ([kind], [code], [valid_from])
);

CREATE TABLE [fund_sources] (
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_from] date NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [funding] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_to] date NULL,
    [source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [verified] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_fund_sources] PRIMARY KEY ([code], [valid_from])
);

CREATE TABLE [voucher_types] (
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_from] date NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_to] date NULL,
    [source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [verified] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_voucher_types] PRIMARY KEY ([code], [valid_from])
);

CREATE TABLE [reference_files] (
    [file_name] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sha256] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [rows] int NOT NULL,
    [loaded_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [loaded_at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_reference_files] PRIMARY KEY ([file_name])
);

CREATE TABLE [vouchers] (
    [id] bigint NOT NULL,
    [number] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [client_key] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [type_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [sequence] int NOT NULL,
    [date] date NOT NULL,
    [description] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [amount] bigint NOT NULL,
    [fingerprint] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [reverses_id] bigint NULL,
    [reversal_reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [posted_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [posted_at] datetimeoffset NOT NULL,
    [batch_id] bigint NULL,
    CONSTRAINT [PK_vouchers] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [IX_vouchers_number] ON [vouchers] ([number]);

CREATE UNIQUE INDEX [IX_vouchers_client_key] ON [vouchers] ([client_key]);

CREATE UNIQUE INDEX [IX_vouchers_reverses_id] ON [vouchers] ([reverses_id]) WHERE [reverses_id] IS NOT NULL;

CREATE INDEX [IX_vouchers_unit_code_year] ON [vouchers] ([unit_code], [year]);

CREATE INDEX [IX_vouchers_year] ON [vouchers] ([year]);

CREATE TABLE [voucher_lines] (
    [voucher_id] bigint NOT NULL,
    [line_no] int NOT NULL,
    [account_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [debit] bigint NOT NULL,
    [credit] bigint NOT NULL,
    [is_off_balance] bit NOT NULL,
    [fund_source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [budget_item] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [sector] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [program] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [counterparty] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    CONSTRAINT [PK_voucher_lines] PRIMARY KEY ([voucher_id], [line_no]),
    CONSTRAINT [FK_voucher_lines_vouchers_voucher_id] FOREIGN KEY ([voucher_id]) REFERENCES [vouchers] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [IX_voucher_lines_account_code] ON [voucher_lines] ([account_code]);

CREATE TABLE [voucher_sequences] (
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [type_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [last_number] int NOT NULL,
    CONSTRAINT [PK_voucher_sequences] PRIMARY KEY ([unit_code], [type_code], [year])
);

CREATE TABLE [counters] (
    [name] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [value] bigint NOT NULL,
    CONSTRAINT [PK_counters] PRIMARY KEY ([name])
);

CREATE TABLE [account_balances] (
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [month] int NOT NULL,
    [account_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [debit] bigint NOT NULL,
    [credit] bigint NOT NULL,
    CONSTRAINT [PK_account_balances] PRIMARY KEY ([unit_code], [year], [month], [account_code])
);

CREATE INDEX [IX_account_balances_year_account_code] ON [account_balances] ([year], [account_code]);

CREATE TABLE [opening_balances] (
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [account_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [debit] bigint NOT NULL,
    [credit] bigint NOT NULL,
    [batch_id] bigint NULL,
    CONSTRAINT [PK_opening_balances] PRIMARY KEY ([unit_code], [year], [account_code])
);

CREATE TABLE [periods] (
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [month] int NOT NULL,
    [is_locked] bit NOT NULL,
    CONSTRAINT [PK_periods] PRIMARY KEY ([unit_code], [year], [month])
);

CREATE TABLE [period_events] (
    [id] bigint NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [month] int NOT NULL,
    [action] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [changed_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [changed_at] datetimeoffset NOT NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    CONSTRAINT [PK_period_events] PRIMARY KEY ([id])
);

CREATE INDEX [IX_period_events_unit_code_year_month] ON [period_events] ([unit_code], [year], [month]);

CREATE TABLE [import_batches] (
    [id] bigint NOT NULL,
    [kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [file_name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sha256] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [rows] int NOT NULL,
    [stored] int NOT NULL,
    [skipped] int NOT NULL,
    [imported_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [imported_at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_import_batches] PRIMARY KEY ([id])
);

CREATE TABLE [audit_log] (
    [id] bigint NOT NULL,
    [at] datetimeoffset NOT NULL,
    [changed_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [entity] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [entity_key] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [action] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [detail] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_audit_log] PRIMARY KEY ([id])
);

INSERT INTO counters (name, value) VALUES ('posting-lock', 0);

INSERT INTO counters (name, value) VALUES ('voucher', 0);

INSERT INTO counters (name, value) VALUES ('batch', 0);

INSERT INTO counters (name, value) VALUES ('period-event', 0);

INSERT INTO counters (name, value) VALUES ('audit', 0);

EXEC(N'CREATE TRIGGER trg_vouchers_immutable ON vouchers INSTEAD OF UPDATE, DELETE AS
BEGIN
  SET NOCOUNT ON;
  IF EXISTS (SELECT 1 FROM deleted)
    THROW 50001, N''Chứng từ đã ghi sổ không được sửa hoặc xóa; hãy lập chứng từ đảo.'', 1;
END');

EXEC(N'CREATE TRIGGER trg_voucher_lines_immutable ON voucher_lines INSTEAD OF UPDATE, DELETE AS
BEGIN
  SET NOCOUNT ON;
  IF EXISTS (SELECT 1 FROM deleted)
    THROW 50001, N''Chứng từ đã ghi sổ không được sửa hoặc xóa; hãy lập chứng từ đảo.'', 1;
END');

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261122000001_Ledger', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [authority_rule_sets] (
    [name] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [issuer] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [decision_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [decision_date] date NOT NULL,
    [effective_from] date NOT NULL,
    [effective_to] date NULL,
    CONSTRAINT [PK_authority_rule_sets] PRIMARY KEY ([name])
);

CREATE TABLE [authority_rules] (
    [rule_set] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [row] int NOT NULL,
    [action] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [asset_class] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [unit_kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [funding] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [basis] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [spending_kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [min_value] bigint NOT NULL,
    [max_value] bigint NULL,
    [decider] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [requires_opinion] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [citation] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_authority_rules] PRIMARY KEY ([rule_set], [row]),
    CONSTRAINT [FK_authority_rules_authority_rule_sets_rule_set] FOREIGN KEY ([rule_set]) REFERENCES [authority_rule_sets] ([name]) ON DELETE NO ACTION
);

CREATE TABLE [users] (
    [login] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_users] PRIMARY KEY ([login])
);

CREATE TABLE [role_grants] (
    [login] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [grant_no] int NOT NULL,
    [role] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [scope_unit_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [valid_from] date NOT NULL,
    [valid_to] date NULL,
    CONSTRAINT [PK_role_grants] PRIMARY KEY ([login], [grant_no]),
    CONSTRAINT [FK_role_grants_users_login] FOREIGN KEY ([login]) REFERENCES [users] ([login]) ON DELETE NO ACTION
);

CREATE TABLE [approval_requests] (
    [id] uniqueidentifier NOT NULL,
    [document_kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [document_reference] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [proposing_unit] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [maker] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [action] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [asset_class] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [unit_kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [funding] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [basis] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [spending_kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [value] bigint NOT NULL,
    [question_date] date NOT NULL,
    [decider] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [rule_set] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [decision_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [citation] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [requires_opinion] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [rule_row] int NOT NULL,
    CONSTRAINT [PK_approval_requests] PRIMARY KEY ([id])
);

CREATE INDEX [IX_approval_requests_document_reference] ON [approval_requests] ([document_reference]);

CREATE TABLE [approval_events] (
    [request_id] uniqueidentifier NOT NULL,
    [sequence] int NOT NULL,
    [kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [at] datetimeoffset NOT NULL,
    [actor] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [step] int NULL,
    [decider] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [decision_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [decision_date] date NULL,
    [rule_applied] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    CONSTRAINT [PK_approval_events] PRIMARY KEY ([request_id], [sequence]),
    CONSTRAINT [FK_approval_events_approval_requests_request_id] FOREIGN KEY ([request_id]) REFERENCES [approval_requests] ([id]) ON DELETE NO ACTION
);

EXEC(N'CREATE TRIGGER trg_approval_requests_append_only ON approval_requests INSTEAD OF UPDATE, DELETE AS
BEGIN
  SET NOCOUNT ON;
  IF EXISTS (SELECT 1 FROM deleted)
    THROW 50001, N''Lịch sử phê duyệt chỉ được ghi thêm, không được sửa hoặc xóa.'', 1;
END');

EXEC(N'CREATE TRIGGER trg_approval_events_append_only ON approval_events INSTEAD OF UPDATE, DELETE AS
BEGIN
  SET NOCOUNT ON;
  IF EXISTS (SELECT 1 FROM deleted)
    THROW 50001, N''Lịch sử phê duyệt chỉ được ghi thêm, không được sửa hoặc xóa.'', 1;
END');

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261122000002_Authority', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [budget_lines] (
    [id] bigint NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [fund_source] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [autonomy] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sector] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [budget_item] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [carried_over] bit NOT NULL,
    [control_mode] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [allocated] bigint NOT NULL,
    [adjustments] bigint NOT NULL,
    [committed] bigint NOT NULL,
    [spent] bigint NOT NULL,
    CONSTRAINT [PK_budget_lines] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [UX_budget_lines_key] ON [budget_lines] ([unit_code], [year], [fund_source], [autonomy], [sector], [budget_item], [carried_over]);

CREATE TABLE [budget_movements] (
    [line_id] bigint NOT NULL,
    [seq] int NOT NULL,
    [kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [amount] bigint NOT NULL,
    [decision_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [decision_date] date NOT NULL,
    [note] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    CONSTRAINT [PK_budget_movements] PRIMARY KEY ([line_id], [seq]),
    CONSTRAINT [FK_budget_movements_budget_lines_line_id] FOREIGN KEY ([line_id]) REFERENCES [budget_lines] ([id]) ON DELETE NO ACTION
);

CREATE TABLE [budget_commitments] (
    [line_id] bigint NOT NULL,
    [request_id] bigint NOT NULL,
    [amount] bigint NOT NULL,
    [status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [override_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [override_reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [posted_amount] bigint NOT NULL,
    CONSTRAINT [PK_budget_commitments] PRIMARY KEY ([line_id], [request_id]),
    CONSTRAINT [FK_budget_commitments_budget_lines_line_id] FOREIGN KEY ([line_id]) REFERENCES [budget_lines] ([id]) ON DELETE NO ACTION
);

CREATE INDEX [IX_budget_commitments_request_id] ON [budget_commitments] ([request_id]);

CREATE TABLE [budget_control_modes] (
    [fund_source] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [mode] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [is_fixed] bit NOT NULL,
    CONSTRAINT [PK_budget_control_modes] PRIMARY KEY ([fund_source], [year])
);

CREATE TABLE [spending_requests] (
    [id] bigint NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [fund_source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [autonomy] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sector] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [budget_item] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [carried_over] bit NOT NULL,
    [amount] bigint NOT NULL,
    [purpose] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [payee] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [nature] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [contract_signed_on] date NULL,
    [plan_id] bigint NULL,
    [plan_month] nvarchar(450) COLLATE Latin1_General_100_BIN2 NULL,
    [status] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [voucher_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [settled_amount] bigint NULL,
    CONSTRAINT [PK_spending_requests] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [IX_spending_requests_plan_id_plan_month] ON [spending_requests] ([plan_id], [plan_month]) WHERE [plan_id] IS NOT NULL AND [plan_month] IS NOT NULL;

CREATE INDEX [IX_spending_requests_unit_code_year] ON [spending_requests] ([unit_code], [year]);

CREATE INDEX [IX_spending_requests_status] ON [spending_requests] ([status]);

CREATE TABLE [spending_events] (
    [request_id] bigint NOT NULL,
    [seq] int NOT NULL,
    [action] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [from_status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [to_status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [acted_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [at] datetimeoffset NOT NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [decision_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [voucher_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    CONSTRAINT [PK_spending_events] PRIMARY KEY ([request_id], [seq]),
    CONSTRAINT [FK_spending_events_spending_requests_request_id] FOREIGN KEY ([request_id]) REFERENCES [spending_requests] ([id]) ON DELETE NO ACTION
);

CREATE TABLE [recurring_plans] (
    [id] bigint NOT NULL,
    [unit_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [fund_source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [autonomy] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sector] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [budget_item] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [payee] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [purpose] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [schedule] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [start_month] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [end_month] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [approval_decider] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [approval_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [approval_at] datetimeoffset NULL,
    [approval_decision_no] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [approval_yearly_total] bigint NULL,
    [approval_year] int NULL,
    CONSTRAINT [PK_recurring_plans] PRIMARY KEY ([id])
);

CREATE TABLE [plan_versions] (
    [plan_id] bigint NOT NULL,
    [seq] int NOT NULL,
    [from_month] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [amount] bigint NOT NULL,
    [changed_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [changed_at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_plan_versions] PRIMARY KEY ([plan_id], [seq]),
    CONSTRAINT [FK_plan_versions_recurring_plans_plan_id] FOREIGN KEY ([plan_id]) REFERENCES [recurring_plans] ([id]) ON DELETE NO ACTION
);

CREATE TABLE [year_end_results] (
    [line_id] bigint NOT NULL,
    [carried] bigint NOT NULL,
    [cancelled] bigint NOT NULL,
    [carry_citation] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [cancel_reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [carried_requests] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [cancelled_requests] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [closed_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [closed_at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_year_end_results] PRIMARY KEY ([line_id]),
    CONSTRAINT [FK_year_end_results_budget_lines_line_id] FOREIGN KEY ([line_id]) REFERENCES [budget_lines] ([id]) ON DELETE NO ACTION
);

CREATE TABLE [budget_counters] (
    [name] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [value] bigint NOT NULL,
    CONSTRAINT [PK_budget_counters] PRIMARY KEY ([name])
);

INSERT INTO budget_counters (name, value) VALUES ('budget-line', 0);

INSERT INTO budget_counters (name, value) VALUES ('spending-request', 0);

INSERT INTO budget_counters (name, value) VALUES ('recurring-plan', 0);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261122000003_Budgeting', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [authority_rule_sets] ADD [verified] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL DEFAULT N'U';

CREATE TABLE [authority_rule_set_ends] (
    [id] bigint NOT NULL,
    [rule_set] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [last_day] date NOT NULL,
    [previous_effective_to] date NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [ended_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [ended_at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_authority_rule_set_ends] PRIMARY KEY ([id])
);

CREATE INDEX [IX_authority_rule_set_ends_rule_set] ON [authority_rule_set_ends] ([rule_set]);

ALTER TABLE [spending_requests] ADD [approval_id] uniqueidentifier NULL;

EXEC(N'CREATE TRIGGER trg_authority_rule_set_ends_append_only ON authority_rule_set_ends INSTEAD OF UPDATE, DELETE AS
BEGIN
  SET NOCOUNT ON;
  IF EXISTS (SELECT 1 FROM deleted)
    THROW 50001, N''Lịch sử kết thúc hiệu lực bộ quy tắc chỉ được ghi thêm, không được sửa hoặc xóa.'', 1;
END');

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000004_AuthorityModel', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [estimate_balances] (
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [fund_source] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [budget_item] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sector] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [month] int NOT NULL,
    [account_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [type_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [debit] bigint NOT NULL,
    [credit] bigint NOT NULL,
    CONSTRAINT [PK_estimate_balances] PRIMARY KEY ([unit_code], [fund_source], [budget_item], [sector], [year], [month], [account_code], [type_code])
);

INSERT INTO estimate_balances (unit_code, fund_source, budget_item, sector, year, month, account_code, type_code, debit, credit)
SELECT v.unit_code, l.fund_source, l.budget_item, l.sector, v.year, MONTH(v.date), l.account_code, v.type_code, SUM(l.debit), SUM(l.credit)
FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
WHERE l.fund_source IS NOT NULL AND l.budget_item IS NOT NULL AND l.sector IS NOT NULL
GROUP BY v.unit_code, l.fund_source, l.budget_item, l.sector, v.year, MONTH(v.date), l.account_code, v.type_code

ALTER TABLE budget_lines DROP COLUMN adjustments

ALTER TABLE budget_lines DROP COLUMN spent

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000005_OneBook', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [approval_numbers] (
    [number] bigint NOT NULL,
    [request_id] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_approval_numbers] PRIMARY KEY ([number]),
    CONSTRAINT [FK_approval_numbers_approval_requests_request_id] FOREIGN KEY ([request_id]) REFERENCES [approval_requests] ([id]) ON DELETE NO ACTION
);

CREATE UNIQUE INDEX [IX_approval_numbers_request_id] ON [approval_numbers] ([request_id]);

INSERT INTO approval_numbers (number, request_id)
SELECT ROW_NUMBER() OVER (ORDER BY e.at, r.id), r.id
FROM approval_requests r JOIN approval_events e ON e.request_id = r.id AND e.sequence = 1;

INSERT INTO counters (name, value) SELECT 'approval', COALESCE(MAX(number), 0) FROM approval_numbers;

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000006_ApprovalNumbers', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [assets] (
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [class_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [in_service] date NOT NULL,
    [origin] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [location] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [custodian] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [autonomy] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sector] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [budget_item] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [original_cost] bigint NOT NULL,
    [depreciated] bit NOT NULL,
    [version] int NOT NULL,
    CONSTRAINT [PK_assets] PRIMARY KEY ([code])
);

CREATE INDEX [IX_assets_unit_code] ON [assets] ([unit_code]);

CREATE TABLE [asset_events] (
    [asset_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [seq] int NOT NULL,
    [kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [date] date NOT NULL,
    [year] int NULL,
    [unit_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [from_unit] nvarchar(450) COLLATE Latin1_General_100_BIN2 NULL,
    [cost_state] bigint NOT NULL,
    [cost_party] bigint NOT NULL,
    [cost_other] bigint NOT NULL,
    [wear_change] bigint NOT NULL,
    [proceeds] bigint NULL,
    [life_years] int NULL,
    [vouchers] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [action_id] bigint NULL,
    [by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_asset_events] PRIMARY KEY ([asset_code], [seq]),
    CONSTRAINT [FK_asset_events_assets_asset_code] FOREIGN KEY ([asset_code]) REFERENCES [assets] ([code]) ON DELETE NO ACTION
);

CREATE INDEX [IX_asset_events_from_unit] ON [asset_events] ([from_unit]);

CREATE TABLE [asset_wear] (
    [asset_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [amount] bigint NOT NULL,
    [voucher] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_asset_wear] PRIMARY KEY ([asset_code], [year]),
    CONSTRAINT [FK_asset_wear_assets_asset_code] FOREIGN KEY ([asset_code]) REFERENCES [assets] ([code]) ON DELETE NO ACTION
);

CREATE INDEX [IX_asset_wear_year_unit_code] ON [asset_wear] ([year], [unit_code]);

CREATE TABLE [asset_depreciation] (
    [asset_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [month] int NOT NULL,
    [unit_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [amount] bigint NOT NULL,
    [voucher] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_asset_depreciation] PRIMARY KEY ([asset_code], [year], [month]),
    CONSTRAINT [FK_asset_depreciation_assets_asset_code] FOREIGN KEY ([asset_code]) REFERENCES [assets] ([code]) ON DELETE NO ACTION
);

CREATE TABLE [asset_classes] (
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [valid_from] date NOT NULL,
    [valid_to] date NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [group_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [useful_life_years] int NOT NULL,
    [rate_hundredths] bigint NOT NULL,
    [source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [verified] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_asset_classes] PRIMARY KEY ([code], [valid_from])
);

CREATE TABLE [asset_actions] (
    [id] bigint NOT NULL,
    [asset_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [action] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [date] date NOT NULL,
    [unit_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [to_unit] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [proceeds] bigint NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [approval_id] uniqueidentifier NOT NULL,
    [status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [vouchers] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [requested_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [requested_at] datetimeoffset NOT NULL,
    [decided_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [decided_at] datetimeoffset NULL,
    [sheet_id] bigint NULL,
    CONSTRAINT [PK_asset_actions] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [IX_asset_actions_approval_id] ON [asset_actions] ([approval_id]);

CREATE INDEX [IX_asset_actions_asset_code] ON [asset_actions] ([asset_code]);

CREATE TABLE [asset_stocktakes] (
    [id] bigint NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [date] date NOT NULL,
    [status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [started_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [started_at] datetimeoffset NOT NULL,
    [closed_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [closed_at] datetimeoffset NULL,
    CONSTRAINT [PK_asset_stocktakes] PRIMARY KEY ([id])
);

CREATE INDEX [IX_asset_stocktakes_unit_code] ON [asset_stocktakes] ([unit_code]);

CREATE TABLE [asset_stocktake_lines] (
    [sheet_id] bigint NOT NULL,
    [asset_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [expected] bit NOT NULL,
    [found] bit NULL,
    [note] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [class_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [original_cost] bigint NULL,
    [accumulated_wear] bigint NULL,
    [in_service] date NULL,
    [sector] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    CONSTRAINT [PK_asset_stocktake_lines] PRIMARY KEY ([sheet_id], [asset_code]),
    CONSTRAINT [FK_asset_stocktake_lines_asset_stocktakes_sheet_id] FOREIGN KEY ([sheet_id]) REFERENCES [asset_stocktakes] ([id]) ON DELETE NO ACTION
);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000007_Assets', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [recurring_plans] ADD [approval_id] uniqueidentifier NULL;

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000008_PlanApprovals', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [spending_requests] ADD [asset_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL;

ALTER TABLE [spending_requests] ADD [asset_name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL;

ALTER TABLE [spending_requests] ADD [asset_class] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL;

ALTER TABLE [spending_requests] ADD [asset_location] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL;

ALTER TABLE [spending_requests] ADD [asset_custodian] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL;

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000009_PurchasedAssets', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [year_close_steps] (
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [year] int NOT NULL,
    [step] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [state] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [detail] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [changed_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [changed_at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_year_close_steps] PRIMARY KEY ([unit_code], [year], [step])
);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000010_YearClose', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [tools] (
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [unit_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [measure] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [fund_source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [autonomy] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sector] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [budget_item] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [location] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [version] int NOT NULL,
    CONSTRAINT [PK_tools] PRIMARY KEY ([code])
);

CREATE INDEX [IX_tools_unit_code] ON [tools] ([unit_code]);

CREATE TABLE [tool_events] (
    [tool_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [seq] int NOT NULL,
    [kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [date] date NOT NULL,
    [year] int NULL,
    [quantity] int NOT NULL,
    [value] bigint NOT NULL,
    [custodian] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [voucher] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [at] datetimeoffset NOT NULL,
    CONSTRAINT [PK_tool_events] PRIMARY KEY ([tool_code], [seq]),
    CONSTRAINT [FK_tool_events_tools_tool_code] FOREIGN KEY ([tool_code]) REFERENCES [tools] ([code]) ON DELETE NO ACTION
);

ALTER TABLE [spending_requests] ADD [tool_quantity] int NULL;

ALTER TABLE [spending_requests] ADD [tool_measure] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL;

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000011_Tools', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [user_credentials] (
    [login] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [password_hash] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [failed_attempts] int NOT NULL,
    [locked_until] datetimeoffset NULL,
    [changed_at] datetimeoffset NOT NULL,
    [last_sign_in] datetimeoffset NULL,
    CONSTRAINT [PK_user_credentials] PRIMARY KEY ([login]),
    CONSTRAINT [FK_user_credentials_users_login] FOREIGN KEY ([login]) REFERENCES [users] ([login]) ON DELETE NO ACTION
);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000012_UserCredentials', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [audit_events] (
    [id] bigint NOT NULL,
    [chain_unit] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [chain_year] int NOT NULL,
    [seq] bigint NOT NULL,
    [at] datetimeoffset NOT NULL,
    [actor] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [command] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [kind] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [table_name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [entity_key] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [before_json] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [after_json] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [prev_hash] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [hash] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    CONSTRAINT [PK_audit_events] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [IX_audit_events_chain_unit_chain_year_seq] ON [audit_events] ([chain_unit], [chain_year], [seq]);

CREATE INDEX [IX_audit_events_at] ON [audit_events] ([at]);

EXEC(N'CREATE TRIGGER trg_audit_events_append_only ON audit_events INSTEAD OF UPDATE, DELETE AS
BEGIN
  SET NOCOUNT ON;
  IF EXISTS (SELECT 1 FROM deleted)
    THROW 50001, N''Nhật ký kiểm toán chỉ được ghi thêm, không được sửa hoặc xóa.'', 1;
END');

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000013_AuditTrail', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [asset_purchases] (
    [id] bigint NOT NULL,
    [code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [name] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [class_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [unit_code] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [fund_source] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [autonomy] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [sector] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [budget_item] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [amount] bigint NOT NULL,
    [date] date NOT NULL,
    [from_bank] bit NOT NULL,
    [location] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [custodian] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [life_months] int NULL,
    [reason] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [approval_id] uniqueidentifier NOT NULL,
    [status] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [voucher] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [requested_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [requested_at] datetimeoffset NOT NULL,
    [decided_by] nvarchar(max) COLLATE Latin1_General_100_BIN2 NULL,
    [decided_at] datetimeoffset NULL,
    CONSTRAINT [PK_asset_purchases] PRIMARY KEY ([id])
);

CREATE UNIQUE INDEX [IX_asset_purchases_approval_id] ON [asset_purchases] ([approval_id]);

CREATE INDEX [IX_asset_purchases_code] ON [asset_purchases] ([code]);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000014_AssetPurchases', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [assets] ADD [register_code] nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL DEFAULT N'';

EXEC(N'UPDATE assets SET register_code = code');

CREATE INDEX [IX_assets_register_code] ON [assets] ([register_code]);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000015_ReusedAssetCodes', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [truncate_guards] (
    [vouchers_id] bigint NULL,
    [voucher_lines_voucher_id] bigint NULL,
    [voucher_lines_line_no] int NULL,
    [approval_requests_id] uniqueidentifier NULL,
    [approval_events_request_id] uniqueidentifier NULL,
    [approval_events_sequence] int NULL,
    [authority_rule_set_ends_id] bigint NULL,
    [audit_events_id] bigint NULL,
    CONSTRAINT [FK_truncate_guards_vouchers] FOREIGN KEY ([vouchers_id]) REFERENCES [vouchers] ([id]),
    CONSTRAINT [FK_truncate_guards_voucher_lines] FOREIGN KEY ([voucher_lines_voucher_id], [voucher_lines_line_no]) REFERENCES [voucher_lines] ([voucher_id], [line_no]),
    CONSTRAINT [FK_truncate_guards_approval_requests] FOREIGN KEY ([approval_requests_id]) REFERENCES [approval_requests] ([id]),
    CONSTRAINT [FK_truncate_guards_approval_events] FOREIGN KEY ([approval_events_request_id], [approval_events_sequence]) REFERENCES [approval_events] ([request_id], [sequence]),
    CONSTRAINT [FK_truncate_guards_authority_rule_set_ends] FOREIGN KEY ([authority_rule_set_ends_id]) REFERENCES [authority_rule_set_ends] ([id]),
    CONSTRAINT [FK_truncate_guards_audit_events] FOREIGN KEY ([audit_events_id]) REFERENCES [audit_events] ([id])
);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261202000016_TruncateGuards', N'10.0.15');

COMMIT;
GO

