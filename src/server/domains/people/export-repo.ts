// The rows an export writes: every live person the selection holds, in id order, a page per query (keyset
// on the primary key), with the values a file needs — the first two phones, the company's name, tags.
import { sql, type Executor } from '../../platform/db/index.ts';
import { selectionSql, TAG_NAMES, type Selection } from './list-repo.ts';

export interface ExportRow {
  person_id: string; family_name: string; given_name: string | null; family_name_kana: string | null; given_name_kana: string | null;
  email: string | null; phone: string | null; phone2: string | null; postal_code: string | null; prefecture: string | null; city: string | null;
  address_line: string | null; building: string | null; company_name: string | null; department: string | null; job_title: string | null;
  birthday: string | null; gender: string | null; member_number: string | null; tags: string[]; lifecycle_stage: string;
  custom: Record<string, unknown> | null; created_at: Date; updated_at: Date;
}

export async function exportPage(db: Executor, workspaceId: string, s: Selection, afterId: string | null, limit: number): Promise<ExportRow[]> {
  const r = await sql<ExportRow>`
    select p.person_id, p.family_name, p.given_name, p.family_name_kana, p.given_name_kana, p.email, p.phone,
      (select ph.display from person_phones ph where ph.workspace_id = p.workspace_id and ph.person_id = p.person_id
        order by ph.is_primary desc, ph.position offset 1 limit 1) as phone2,
      p.postal_code, p.prefecture, p.city, p.address_line, p.building, c.name as company_name, p.department, p.job_title,
      to_char(p.birthday, 'YYYY-MM-DD') as birthday, p.gender, p.member_number,
      ${TAG_NAMES} as tags,
      p.lifecycle_stage, p.custom, p.created_at, p.updated_at
    from people p
    left join companies c on c.workspace_id = p.workspace_id and c.company_id = p.company_id
    where p.workspace_id = ${workspaceId} and p.deleted_at is null and ${selectionSql(workspaceId, s)}
      ${afterId ? sql`and p.person_id > ${afterId}::uuid` : sql``}
    order by p.person_id
    limit ${limit}`.execute(db);
  return r.rows;
}
