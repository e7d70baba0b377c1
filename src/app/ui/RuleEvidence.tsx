/** Why a classified value is what it is: the rule that inferred it and the evidence it read. */
export function RuleEvidence({ rule, evidence }: { rule?: string | null; evidence?: readonly string[] | null }) {
  return (
    <>
      {rule && rule !== 'declared' && rule !== 'corrected' && <code>{rule}</code>}
      {evidence && evidence.length > 0 && (
        <ul className="evidence">
          {evidence.map((e, i) => (
            <li key={i}>
              <bdi>{e}</bdi>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
