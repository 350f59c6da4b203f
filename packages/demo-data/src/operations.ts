/** The public operations the loader uses: exactly what any client of the graph may send. */
export const operations = {
  registerProvider:
    'mutation RegisterProvider($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }',
  registerPerson: 'mutation RegisterPerson($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
  declareUnemployment:
    'mutation DeclareUnemployment($input: DeclareUnemploymentInput!) { declareUnemployment(input: $input) { id } }',
  submitEnrolment:
    'mutation SubmitEnrolment($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id status } }',
  changeEnrolmentStatus:
    'mutation ChangeEnrolmentStatus($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status } }',
  takeInCharge: 'mutation TakeInCharge($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }',
  registerEmployer:
    'mutation RegisterEmployer($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id sites { id name } } }',
  openVacancy: 'mutation OpenVacancy($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }',
  reportServiceDelivery:
    'mutation ReportServiceDelivery($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
  recordFunctionalProfile:
    'mutation RecordFunctionalProfile($input: FunctionalProfileInput!) { recordFunctionalProfile(input: $input) { version } }',
  saveProfessionalRecord:
    'mutation SaveProfessionalRecord($input: ProfessionalRecordInput!) { saveProfessionalRecord(input: $input) { version } }',
  recordPlacement:
    'mutation RecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id quotaStatus } }',
  confirmQuotaPlacement:
    'mutation ConfirmQuotaPlacement($id: ID!) { confirmQuotaPlacement(placementId: $id) { id quotaStatus } }',
  cpiProviders: 'query DemoCpiProviders { providers(kind: CPI) { id } }',
} as const;
