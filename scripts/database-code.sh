#!/usr/bin/env bash
# Regenerates what EF Core generates from every module's provider contexts and the repository keeps: the compiled
# models (Data/CompiledModels/{Sqlite,Postgres}) and the migration scripts that create a new database
# (Data/Migrations/{Sqlite,Postgres}/<Context>.sql). Run after a model change and its migrations; CompiledModelsTests
# and MigrationScriptsTests fail until the result is committed (docs/modules.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORTAL_UPDATE_DATABASE_CODE=1 dotnet test tests/Pelhrimov.Tests \
    --filter "FullyQualifiedName~CompiledModelsTests|FullyQualifiedName~MigrationScriptsTests" "$@"
