import { RegisterFilters } from "@/components/directives/RegisterFilters";
import { RegisterTable } from "@/components/directives/RegisterTable";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { listDirectives, registerFacets } from "@/lib/server/directives";
import { requireUser } from "@/lib/server/session";
import { parseRegisterParams, registerHref } from "@/lib/validation/register";

export const metadata = { title: messages.register.title };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("read:directive");
  const params = parseRegisterParams(await searchParams);
  const [result, facets] = await Promise.all([
    listDirectives(user, { q: params.q, type: params.loai, year: params.nam, issuerId: params.coquan, status: params.trangthai, page: params.trang }),
    registerFacets(user),
  ]);
  const m = messages.register;
  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          can(user.role, "create:directive") ? (
            <ButtonLink href="/van-ban/moi" variant="primary">
              {messages.editor.newAction}
            </ButtonLink>
          ) : null
        }
      />
      <RegisterFilters params={params} facets={facets} />
      <p className="mb-3 text-sm text-stone-600" role="status">
        {format(m.count, { n: formatNumber(result.total) })}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={m.empty} description={m.emptyHint} />
      ) : (
        <>
          <RegisterTable rows={result.rows} />
          <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={(p) => registerHref(params, { trang: p })} className="mt-4" />
        </>
      )}
    </>
  );
}
