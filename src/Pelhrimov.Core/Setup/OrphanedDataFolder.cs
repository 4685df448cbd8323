using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Setup;

/// <summary>
/// Refuses to set up a new site over the remains of an existing one: a data folder with media, a search index or
/// data-protection keys but a database without tables means the database was lost (deleted file, wrong connection
/// string, a PostgreSQL database dropped and created again), and a fresh sample site would silently replace it.
/// </summary>
public static class OrphanedDataFolder
{
    /// <summary>What in <paramref name="dataFolder"/> shows that a site was set up there; empty when nothing does.</summary>
    /// <remarks>
    /// Not the API clients' or simulator's certificates in <c>keys/</c>: they are made while a new site starts, before
    /// the database is checked. Data-protection keys are made as the host starts, so look before it does.
    /// </remarks>
    public static IReadOnlyList<string> SignsOfASite(DataFolder dataFolder)
    {
        var signs = new List<string>();
        if (HasFiles(dataFolder.CombineShared("media"), "*"))
        {
            signs.Add("media/");
        }
        if (HasFiles(dataFolder.Combine("search-index"), "*"))
        {
            signs.Add("search-index/");
        }
        if (HasFiles(dataFolder.CombineShared("keys"), "key-*.xml"))
        {
            signs.Add("keys/key-*.xml");
        }
        return signs;
    }

    /// <summary>Stops the start when the database is new but the data folder held a site (<paramref name="signs"/>).</summary>
    public static void ThrowIfOrphaned(DataFolder dataFolder, IReadOnlyList<string> signs, string database, ILogger logger)
    {
        if (signs.Count == 0)
        {
            return;
        }
        logger.LogCritical(
            "Databáze {Database} je prázdná, ale datová složka {DataPath} obsahuje existující web ({Signs}). Web se nespustí: obnovte databázi ze zálohy, nebo složku vyprázdněte, má-li vzniknout nový web.",
            database, dataFolder.Path, string.Join(", ", signs));
        throw new InvalidOperationException(
            $"The database ({database}) has no tables, but the data folder {dataFolder.Path} holds an existing site " +
            $"({string.Join(", ", signs)}). Refusing to set up a new site over it: restore the database from a backup " +
            "(or fix ConnectionStrings:Default), or empty the data folder if a new site is really wanted.");
    }

    private static bool HasFiles(string path, string pattern) =>
        Directory.Exists(path) && Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories).Any();
}
