import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountMessages } from "@/components/account-messages";
import { ApplicationForm } from "@/components/application-form";
import { applyToVolunteer } from "@/lib/applications/actions";
import { COUNTRIES } from "@/lib/format/countries";
import { languageChoices } from "@/lib/format/languages";
import { allTimeZones } from "@/lib/format/zones";
import { viewerZone } from "@/lib/http/viewer-zone";
import { loadActiveTopics } from "@/lib/mentors/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join");
  return { title: t("metaTitle") };
}

export default async function JoinPage() {
  const [topics, { zone }, t] = await Promise.all([loadActiveTopics(), viewerZone(), getTranslations("join")]);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <AccountMessages namespaces={["profile", "join"]}>
        <ApplicationForm
          action={applyToVolunteer}
          options={{ topics, countries: COUNTRIES, zones: allTimeZones(), languages: languageChoices() }}
          defaultZone={zone}
        />
      </AccountMessages>
    </div>
  );
}
