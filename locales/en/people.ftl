# A person's file: correcting, deleting and restoring an accompaniment, the timeline, likely
# duplicates, merging two files and undoing it.

## Command line
cli-about-escale-activity-edit = Corrects an accompaniment or a workshop: only the options given change.
cli-arg-escale-activity-edit-id = The activity's identifier.
cli-arg-escale-activity-edit-date = New date (YYYY-MM-DD).
cli-arg-escale-activity-edit-duration = New duration in minutes.
cli-arg-escale-activity-edit-themes = Theme (national code; repeatable; replaces every theme).
cli-arg-escale-activity-edit-notes = New notes.
cli-arg-escale-activity-edit-next_steps = New next steps.
cli-arg-escale-activity-edit-json = Result as JSON.
cli-about-escale-activity-delete = Deletes an activity. It can be restored afterwards.
cli-arg-escale-activity-delete-id = The activity's identifier.
cli-arg-escale-activity-delete-json = Result as JSON.
cli-about-escale-activity-restore = Restores a deleted activity.
cli-arg-escale-activity-restore-id = The activity's identifier.
cli-arg-escale-activity-restore-json = Result as JSON.
cli-activity-deleted = Activity { $id } deleted. To restore it: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Shows a person's timeline: accompaniments, workshops, procedure steps, newest first.
cli-arg-escale-beneficiary-timeline-id = The person's identifier.
cli-arg-escale-beneficiary-timeline-limit = Maximum number of lines.
cli-arg-escale-beneficiary-timeline-json = Result as JSON.
cli-timeline-empty = Nothing is recorded for this person yet.
cli-about-escale-beneficiary-merge = Merges two files of the same person. Without --yes, only shows what the merge would do.
cli-arg-escale-beneficiary-merge-kept = The identifier of the file to keep.
cli-arg-escale-beneficiary-merge-other = The identifier of the duplicate file, merged into the kept one.
cli-arg-escale-beneficiary-merge-yes = Really merge.
cli-arg-escale-beneficiary-merge-json = Result as JSON.
cli-merge-preview = The kept file will receive { $accompaniments ->
        [one] { $accompaniments } accompaniment
       *[other] { $accompaniments } accompaniments
    }, { $procedures ->
        [one] { $procedures } procedure
       *[other] { $procedures } procedures
    } and { $consents ->
        [one] { $consents } consent
       *[other] { $consents } consents
    }. Fields filled in: { $fields }. Add --yes to merge.
cli-merged = Files merged. To undo: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Undoes a merge: both files become as they were.
cli-arg-escale-beneficiary-unmerge-merge = The merge's identifier (given when it was made).
cli-arg-escale-beneficiary-unmerge-json = Result as JSON.
cli-unmerged = Merge undone. File { $id } is back.
cli-likely-duplicate = Careful: a person with the same name and birth year already exists ({ $id }). If it is the same person, merge the files: escale beneficiary merge
