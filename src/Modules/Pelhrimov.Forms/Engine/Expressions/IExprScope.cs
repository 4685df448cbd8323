namespace Pelhrimov.Forms.Engine.Expressions;

/// <summary>What a calculation can read: the answers seen from where it stands (top level or one repeatable item).</summary>
public interface IExprScope
{
    DateOnly Today { get; }

    /// <summary>The value of a field (the same item's, when both are in one repeatable section); null value when not answered or hidden.</summary>
    ExprValue Field(string id);

    /// <summary>How many items a repeatable section has (0 when it is hidden).</summary>
    int Count(string sectionId);

    /// <summary>The values of one field in every item of a repeatable section.</summary>
    IEnumerable<ExprValue> Items(string sectionId, string fieldId);
}
