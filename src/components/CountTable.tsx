/**
 * A small table of counts, each with a bar of its share in its column's tone: the text of the cohort's
 * charts (src/components/CohortCounts.tsx). The bars are hidden from assistive tech; the numbers are
 * the table's cells. SVG with width attributes, no style attribute (the CSP allows none).
 */
export interface Column {
  readonly label: string;
  readonly tone: string;
}

export interface Row {
  readonly id: string;
  readonly label: string;
  readonly counts: readonly number[];
}

interface TableProps {
  readonly id: string;
  readonly caption: string;
  /** The header of the rows' own column. */
  readonly corner: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** What each bar is a share of. */
  readonly total: number;
}

export function CountTable({ id, caption, corner, columns, rows, total }: TableProps) {
  return (
    <div class="table-wrap">
      <table class="data-table count-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((c) => (
              <th scope="col" class={c.tone}>
                <span class="swatch" aria-hidden="true" />
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-row={r.id}>
              <th scope="row">{r.label}</th>
              {r.counts.map((n, i) => (
                <td class={columns[i]?.tone}>
                  <span class="count">{n}</span>
                  <svg class="bar" width="100%" height="6" aria-hidden="true" focusable="false">
                    <rect class="track" width="100%" height="6" rx="2" />
                    <rect class="fill" width={`${total > 0 ? (100 * n) / total : 0}%`} height="6" rx="2" />
                  </svg>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
