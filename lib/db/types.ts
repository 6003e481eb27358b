// Enum values and types for the rest of the app, which never imports the generated client itself.
export { BookingStatus, CoopStage, FeedbackNextStep, MentorStatus, Role } from "./generated/sqlite/enums";
