import type { Metadata } from "next";
import { ApplicationForm } from "@/components/application-form";
import { applyToVolunteer } from "@/lib/applications/actions";
import { COUNTRIES } from "@/lib/format/countries";
import { languageChoices } from "@/lib/format/languages";
import { allTimeZones } from "@/lib/format/zones";
import { viewerZone } from "@/lib/http/viewer-zone";
import { loadActiveTopics } from "@/lib/mentors/loaders";

export const metadata: Metadata = { title: "Volunteer with Candle" };

export default async function JoinPage() {
  const [topics, { zone }] = await Promise.all([loadActiveTopics(), viewerZone()]);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Offer an hour of your time</h1>
        <p>
          If you have helped run a worker co-op, people starting one would love to learn from you. Tell us a little about yourself; an organiser approves new
          volunteers, usually within a few days.
        </p>
      </div>
      <ApplicationForm
        action={applyToVolunteer}
        options={{ topics, countries: COUNTRIES, zones: allTimeZones(), languages: languageChoices() }}
        defaultZone={zone}
      />
    </div>
  );
}
