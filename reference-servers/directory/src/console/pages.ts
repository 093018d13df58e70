/**
 * The review console's pages (spec/directory.md §6.4): plain HTML made on
 * the server, no script. Every value is escaped; documents are shown inline
 * as `data:` images (the page's CSP allows nothing else).
 */
import type { AuditEntry } from '../kyc/audit.ts';
import type { Application, DocumentInfo } from '../kyc/service.ts';
import type { StaffMember } from '../staff.ts';

/** Escape text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const when = (ms: number | null): string =>
  ms === null ? '–' : new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** The stylesheet (served at /console/style.css). */
export const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
header { background: #1f3a5f; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; }
header a { color: #fff; }
header button { color: #fff; background: transparent; border: 1px solid #9fb3c8; border-radius: 3px; }
header form { margin-left: auto; }
main { padding: 20px 24px; max-width: 1100px; }
h1 { font-size: 22px; margin: 0 0 12px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #dde1e6; vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; background: #e3e8ee; font-size: 13px; }
.status.approved { background: #d4f3dc; } .status.rejected { background: #f9d9d9; } .status.submitted { background: #fff1c2; }
.error { background: #f9d9d9; padding: 8px 12px; border-radius: 4px; }
.notice { background: #eef1f4; padding: 8px 12px; border-radius: 4px; }
form.inline { display: flex; gap: 8px; align-items: center; margin: 0; }
input[type=text], input[type=password], textarea { font: inherit; padding: 4px 6px; border: 1px solid #b8c0c8; border-radius: 3px; }
button { font: inherit; padding: 4px 12px; cursor: pointer; }
.document img { max-width: 100%; border: 1px solid #dde1e6; background: #fff; }
.decision { background: #fff; padding: 12px; border: 1px solid #dde1e6; margin-top: 8px; }
`;

function page(title: string, member: StaffMember | null, body: string): string {
  const nav = member
    ? `<nav><a href="/console">Queue</a>${
        member.role === 'auditor' || member.role === 'admin'
          ? ' · <a href="/console/audit">Audit trail</a>'
          : ''
      }</nav>
      <span>${escapeHtml(member.name)} (${escapeHtml(member.role)})</span>
      <form method="post" action="/console/logout" class="inline"><input type="hidden" name="csrf" value="${escapeHtml(member.csrf)}"><button type="submit">Log out</button></form>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)} · NexusLink directory</title><link rel="stylesheet" href="/console/style.css"></head>
<body><header><strong>NexusLink directory · review</strong>${nav}</header><main>${body}</main></body></html>`;
}

/** The login form. */
export function loginPage(error?: string): string {
  return page(
    'Log in',
    null,
    `<h1>Staff login</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/console/login">
<p><label>Name<br><input type="text" name="name" autocomplete="username" required></label></p>
<p><label>Password<br><input type="password" name="password" autocomplete="current-password" required></label></p>
<p><button type="submit">Log in</button></p></form>`,
  );
}

/** The queue: applications in a state. */
export function queuePage(
  member: StaffMember,
  status: string,
  apps: readonly Application[],
): string {
  const rows = apps
    .map(
      (
        a,
      ) => `<tr><td><a href="/console/applications/${escapeHtml(a.id)}">${escapeHtml(a.id)}</a></td>
<td>${escapeHtml(a.identity)}</td><td><span class="status ${escapeHtml(a.status)}">${escapeHtml(a.status)}</span></td>
<td>${when(a.submittedAt ?? a.createdAt)}</td><td>${a.documents.filter((d) => d.kind !== 'fields').length}</td></tr>`,
    )
    .join('');
  const tabs = ['submitted', 'more_info', 'approved', 'rejected']
    .map((s) =>
      s === status ? `<strong>${s}</strong>` : `<a href="/console?status=${s}">${s}</a>`,
    )
    .join(' · ');
  return page(
    'Queue',
    member,
    `<h1>Applications: ${escapeHtml(status)}</h1><p>${tabs}</p>
<table><thead><tr><th>Application</th><th>Identity</th><th>Status</th><th>Submitted</th><th>Documents</th></tr></thead>
<tbody>${rows || '<tr><td colspan="5">Nothing here.</td></tr>'}</tbody></table>`,
  );
}

function documentRow(member: StaffMember, app: Application, d: DocumentInfo): string {
  const label = d.kind === 'fields' ? 'Data fields' : d.kind.replaceAll('_', ' ');
  return `<tr><td>${escapeHtml(label)}</td><td>${escapeHtml(d.mediaType)}</td><td>${d.size} bytes</td><td>${when(d.createdAt)}</td>
<td><form method="post" action="/console/applications/${escapeHtml(app.id)}/documents/${escapeHtml(d.id)}" class="inline">
<input type="hidden" name="csrf" value="${escapeHtml(member.csrf)}">
<input type="text" name="reason" placeholder="Reason for opening (recorded)" required minlength="4" maxlength="500" size="34">
<button type="submit">Open</button></form></td></tr>`;
}

/** One application: its state, its documents (each opened with a reason), the decision. */
export function applicationPage(member: StaffMember, app: Application, message?: string): string {
  const canRead = member.role === 'reviewer' || member.role === 'admin';
  const docs = app.documentsDeleted
    ? '<p class="notice">The documents and data fields were deleted (retention or withdrawal); the status is kept.</p>'
    : `<table><thead><tr><th>Document</th><th>Type</th><th>Size</th><th>Added</th><th>Open</th></tr></thead><tbody>${
        canRead ? app.documents.map((d) => documentRow(member, app, d)).join('') : ''
      }</tbody></table>`;
  const decide =
    app.status === 'submitted' && canRead
      ? `<h2>Decision</h2>
<form method="post" action="/console/applications/${escapeHtml(app.id)}/decision" class="decision">
<input type="hidden" name="csrf" value="${escapeHtml(member.csrf)}">
<p><label><input type="radio" name="decision" value="approved" required> Approve</label>
<label><input type="radio" name="decision" value="more_info"> Ask for more information</label>
<label><input type="radio" name="decision" value="rejected"> Reject</label></p>
<p>Claims on approval: <label><input type="checkbox" name="age_over_18" value="true"> over 18</label>
<label>country <input type="text" name="country" size="3" maxlength="2" pattern="[A-Z]{2}" placeholder="DE"></label></p>
<p><label>Note to the applicant (required unless approving)<br><textarea name="note" rows="3" cols="70" maxlength="2000"></textarea></label></p>
<p><button type="submit">Record decision</button></p></form>`
      : '';
  return page(
    `Application ${app.id}`,
    member,
    `<h1>Application <code>${escapeHtml(app.id)}</code></h1>
${message ? `<p class="notice" role="status">${escapeHtml(message)}</p>` : ''}
<table><tbody>
<tr><th>Identity</th><td>${escapeHtml(app.identity)}</td></tr>
<tr><th>Status</th><td><span class="status ${escapeHtml(app.status)}">${escapeHtml(app.status)}</span></td></tr>
<tr><th>Provider</th><td>${escapeHtml(app.provider)}</td></tr>
<tr><th>Created</th><td>${when(app.createdAt)}</td></tr>
<tr><th>Submitted</th><td>${when(app.submittedAt)}</td></tr>
<tr><th>Decided</th><td>${when(app.decidedAt)}${app.reviewer ? ` by ${escapeHtml(app.reviewer)}` : ''}</td></tr>
<tr><th>Documents deleted after</th><td>${when(app.purgeAfter)}</td></tr>
<tr><th>Note</th><td>${escapeHtml(app.note) || '–'}</td></tr>
<tr><th>Claims</th><td>${escapeHtml(JSON.stringify(app.claims))}</td></tr>
</tbody></table>
<h2>Documents</h2>${docs}${decide}`,
  );
}

/** A document opened for reading, with the reason that was recorded. */
export function documentPage(
  member: StaffMember,
  app: Application,
  info: DocumentInfo,
  content: Uint8Array,
  reason: string,
): string {
  let shown: string;
  if (info.kind === 'fields') {
    const fields = JSON.parse(new TextDecoder().decode(content)) as Record<string, string>;
    shown = `<table><tbody>${Object.entries(fields)
      .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
      .join('')}</tbody></table>`;
  } else if (info.mediaType.startsWith('image/')) {
    shown = `<img alt="${escapeHtml(info.kind)}" src="data:${escapeHtml(info.mediaType)};base64,${Buffer.from(content).toString('base64')}">`;
  } else {
    shown = `<p class="notice">A ${escapeHtml(info.mediaType)} of ${content.length} bytes: the console shows images only. Fetch it through the API (POST …/read) to save it.</p>`;
  }
  return page(
    'Document',
    member,
    `<h1>${escapeHtml(info.kind === 'fields' ? 'Data fields' : info.kind.replaceAll('_', ' '))} of <a href="/console/applications/${escapeHtml(app.id)}">${escapeHtml(app.id)}</a></h1>
<p class="notice">Opened by ${escapeHtml(member.name)}, reason recorded in the audit trail: “${escapeHtml(reason)}”.</p>
<div class="document">${shown}</div>`,
  );
}

/** The newest audit entries, and the export link. */
export function auditPage(
  member: StaffMember,
  entries: readonly AuditEntry[],
  intact: boolean,
): string {
  const rows = entries
    .map(
      (
        e,
      ) => `<tr><td>${e.seq}</td><td>${when(e.at)}</td><td>${escapeHtml(e.actor)}</td><td>${escapeHtml(e.role)}</td>
<td>${escapeHtml(e.action)}</td><td>${escapeHtml(e.subject ?? '')}</td><td>${escapeHtml(e.reason)}</td></tr>`,
    )
    .join('');
  return page(
    'Audit trail',
    member,
    `<h1>Audit trail</h1>
<p class="notice">Hash chain: ${intact ? 'intact' : 'BROKEN'}. <a href="/v1/audit?format=ndjson&amp;limit=10000">Export (NDJSON)</a></p>
<table><thead><tr><th>#</th><th>When</th><th>Who</th><th>Role</th><th>Action</th><th>Subject</th><th>Reason</th></tr></thead>
<tbody>${rows || '<tr><td colspan="7">No entries.</td></tr>'}</tbody></table>`,
  );
}
