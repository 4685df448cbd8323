namespace Pelhrimov.Core.Navigation;

/// <summary>Page arithmetic shared by every paged list: how many pages, and a requested page kept within them.</summary>
public static class Paging
{
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    public static int Clamp(int page, int total, int pageSize) => Math.Clamp(page, 1, PageCount(total, pageSize));
}
