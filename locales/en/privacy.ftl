## Residents' data rights: seeing and deleting what koban keeps.

cmd-mydata = See what koban keeps about you
cmd-erase = Delete everything koban keeps about you

privacy-rights = Or choose below: see your data, or delete it.
button-mydata = 📄 My data
button-erase-ask = 🗑️ Delete my data
button-erase = 🗑️ Yes, delete everything
button-keep = No, keep it

erase-confirm =
    🗑️ This deletes everything koban keeps about you: your reports and questions, the officers' answers, your photos, your report in progress and your settings. The officers can then no longer follow up on your reports. This cannot be undone.
    Do you want to delete everything?
erase-done = ✅ Everything koban kept about you has been deleted. If you write again, you start afresh.

export-title = 📄 What koban keeps about you ({ $pseudonym }):
export-profile = Language: { $language } · Area: { $area } · First contact: { $since } · Via: { $channel }
export-none = No reports or questions.
export-draft = A report in progress (photos: { $photos }).
export-line-you = { $time } · You: { $text }
export-line-officer = { $time } · Officer: { $text }
export-end = That is everything. Internal notes of the officers are not shown. /erase (on Matrix: !erase) deletes it all.

notice-erased = 🗑️ At the request of { $pseudonym }, { $user } deleted all of their data. koban is removing its copies (cards, messages, photos) from the rooms.
