#!/usr/bin/env bash
# Regenerates every module's EF Core compiled models (Data/CompiledModels/{Sqlite,Postgres}) from the code, after a
# model change and its migrations. CompiledModelsTests fails until the result is committed (docs/modules.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORTAL_UPDATE_COMPILED_MODELS=1 dotnet test tests/Pelhrimov.Tests --filter "FullyQualifiedName~CompiledModelsTests" "$@"
