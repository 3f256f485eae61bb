#!/usr/bin/env bash
# `make demo`: a partnership's life on SampleData/, from an empty workspace to the workbooks colleagues get.
# Usage: Scripts/demo.sh PATH/TO/convene OUTDIR
set -euo pipefail
bin="$1"; out="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
data="$here/SampleData"
mkdir -p "$out"; out="$(cd "$out" && pwd)"
ws="$out/workspace"
rm -rf "$ws"   # the demo's own workspace, made anew each run; SampleData is only read
c() { echo "+ convene $*" | sed "s|$here/||g; s|$out/|out/|g" >&2; "$bin" "$@" -w "$ws"; }

"$bin" init "$ws" --name "Tri-County Advanced Manufacturing Partnership" --sector "Advanced manufacturing" \
  --region "Tri-County area" --launch-date 2026-08-25 --co-chair "Angela Chen" --co-chair "Robert Smith"

echo; echo "== 1. Contact lists from three organizations"
c import "$data/contacts-workforce-board.csv" "$data/contacts-chamber.csv" "$data/contacts-college.tsv"

echo; echo "== 2. The launch: invitations, Eventbrite RSVPs, the typed-up sign-in sheet"
c import "$data/launch-invitations.csv" "$data/launch-rsvp-eventbrite.csv" "$data/launch-signin.csv" \
  --meeting "Partnership Launch" --date 2026-08-25 --kind launch

echo; echo "== 3. Two virtual action-team calls (Zoom, Teams) and the quarterly meeting"
c import "$data/pipeline-call-zoom.csv" --kind action-team
c import "$data/upskilling-call-teams.csv" --kind action-team
c import "$data/quarterly-signin.csv" --meeting "Fall Partnership Meeting" --date 2026-11-17 --kind partnership
c import "$data/winter-invitations.csv" --meeting "Winter Partnership Meeting" --date 2027-02-16 --kind partnership
c plan import "$data/action-plan.csv"
c meetings

echo; echo "== 4. Workbooks and lists for colleagues"
c review -o "$out/review.xlsx"
c export tracker -o "$out/tracker.xlsx"
c export attendance -o "$out/attendance.xlsx"
c export signin --meeting "Winter Partnership Meeting" -o "$out/signin-winter.xlsx"
c export contacts --kind business -o "$out/invite-businesses.csv"
c export contacts --kind public -o "$out/invite-public-partners.csv"
c export namebadges --meeting "Winter Partnership Meeting" -o "$out/badges-winter.csv"
c export ics --meeting "Winter Partnership Meeting" -o "$out/winter-meeting.ics"
c update --since 2026-11-01 > "$out/update.txt"

if "$bin" --help | grep -q '^  merge '; then
  echo; echo "== 5. One-shot merge without a workspace (people and partner organizations)"
  "$bin" merge "$data/contacts-workforce-board.csv" "$data/contacts-chamber.csv" "$data/contacts-college.tsv" \
    -o "$out/people.xlsx" --csv "$out/people.csv" --clusters "$out/clusters.csv"
  "$bin" merge --organizations "$data/partner-organizations.csv" --clusters "$out/organization-clusters.csv"
fi

echo
echo "Workbooks and lists are in $out:"
ls -1 "$out" | grep -v '^workspace$' | sed 's/^/  /'
# The command suggested is run first, so a hint that no longer works fails the demo (it said `convene -w WS people`,
# which the command line refuses: options follow the subcommand).
"$bin" people -w "$ws" > /dev/null
echo "The workspace (SQLite + settings) is in $ws; try: $bin people -w $ws"
