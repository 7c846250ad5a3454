// generated — do not edit; `npm run generate` writes this file from schemas/*.schema.json.
// Precompiled ajv validators (draft 2020-12, strict, all errors, ajv-formats): no schema compile at start-up.
/* eslint-disable */
import { createRequire } from 'node:module';

// ajv's standalone output loads its runtime helpers with require().
const require = createRequire(import.meta.url);

export const validateAgentRunStateEvent = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/agent-run-state-event.schema.json","title":"Agent Run State Event","description":"One entry of a run's task ledger (`state_history` of the run record), the schema seed 000 references by this $id. It keeps every published field and the 25 published event types. The kit extends it because the published event has no order, identity or hash link, so append-only and immutable ledgers could not be tested: it adds the required `sequence` (1, 2, 3 … with no gap), `event_id` (unique within the host) and `prev_event_hash` (digest of the previous event as served, null on the first), the optional `step` of step events, and seven event types for credit release, recovery, replay, callback attempts, stuck alerts, retry commands and completed steps. Events that do not change the run's state repeat `to_state` as `from_state`.","type":"object","required":["event_type","agent_task_run_id","to_state","occurred_at","sequence","event_id","prev_event_hash"],"additionalProperties":true,"properties":{"event_type":{"type":"string","description":"What happened. The first 25 values are published; credits_released, recovery_requested, replay_started, callback_attempt_failed, stuck_alert_raised, retry_command_accepted and step_completed are kit additions.","enum":["run_created","credit_reserved","evidence_review_started","evidence_status_changed","tool_execution_started","result_package_ready","credits_debited","usage_receipt_issued","callback_payload_ready","callback_delivered","run_closed","run_paused","run_failed","lifecycle_state_changed","preflight_checked","contract_ready","contract_accepted","trust_approved","settlement_intent_created","settlement_provider_confirmed","credit_funded_from_settlement","exception_opened","replay_package_ready","callback_failed","task_closed","credits_released","recovery_requested","replay_started","callback_attempt_failed","stuck_alert_raised","retry_command_accepted","step_completed"]},"agent_task_run_id":{"type":"string","minLength":1},"work_order_id":{"type":"string"},"from_state":{"type":["string","null"],"description":"The run's state before the event; null on the event that creates the run."},"to_state":{"type":"string","description":"The run's state after the event; equal to from_state when the event does not change the state."},"occurred_at":{"type":"string","format":"date-time"},"actor":{"type":"string","description":"Who caused the event, e.g. runner, requesting_agent, operator."},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"evidence_status":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status"},"credit_delta":{"type":"integer","description":"Credits moved by a credit event (credit_reserved, credits_debited, credits_released): the amount, as an integer."},"public_note":{"type":"string"},"links":{"type":"object","description":"Absolute URLs of the documents the event produced or refers to, e.g. result_url, attestation_url, usage_receipt_url, stuck_task_alert_url.","additionalProperties":{"type":"string","format":"uri"}},"sequence":{"type":"integer","minimum":1,"description":"Kit addition: position in the run's ledger, starting at 1 and increasing by exactly 1."},"event_id":{"type":"string","minLength":1,"description":"Kit addition: identifier unique within the host."},"prev_event_hash":{"type":["string","null"],"pattern":"^sha256:[0-9a-f]{64}$","description":"Kit addition: digest (sha256 over the RFC 8785 form) of the previous event as served, including its own prev_event_hash; null on the first event."},"step":{"type":"string","description":"Kit addition: the runner step a step event starts or completes.","enum":["evidence_review","tool_execution","result_packaged","receipt_issued","callback"]}}};
const schema33 = {"type":"string","enum":["packetops","distributionops","tokenops","wever_labs_os"]};
const schema34 = {"type":"string","enum":["sufficient","partial","insufficient","unknown"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const formats2 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/agent-run-state-event.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.to_state === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to_state"},message:"must have required property '"+"to_state"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.occurred_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurred_at"},message:"must have required property '"+"occurred_at"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sequence === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.event_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_id"},message:"must have required property '"+"event_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.prev_event_hash === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prev_event_hash"},message:"must have required property '"+"prev_event_hash"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.event_type !== undefined){
let data0 = data.event_type;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((data0 === "run_created") || (data0 === "credit_reserved")) || (data0 === "evidence_review_started")) || (data0 === "evidence_status_changed")) || (data0 === "tool_execution_started")) || (data0 === "result_package_ready")) || (data0 === "credits_debited")) || (data0 === "usage_receipt_issued")) || (data0 === "callback_payload_ready")) || (data0 === "callback_delivered")) || (data0 === "run_closed")) || (data0 === "run_paused")) || (data0 === "run_failed")) || (data0 === "lifecycle_state_changed")) || (data0 === "preflight_checked")) || (data0 === "contract_ready")) || (data0 === "contract_accepted")) || (data0 === "trust_approved")) || (data0 === "settlement_intent_created")) || (data0 === "settlement_provider_confirmed")) || (data0 === "credit_funded_from_settlement")) || (data0 === "exception_opened")) || (data0 === "replay_package_ready")) || (data0 === "callback_failed")) || (data0 === "task_closed")) || (data0 === "credits_released")) || (data0 === "recovery_requested")) || (data0 === "replay_started")) || (data0 === "callback_attempt_failed")) || (data0 === "stuck_alert_raised")) || (data0 === "retry_command_accepted")) || (data0 === "step_completed"))){
const err8 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.event_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data1 = data.agent_task_run_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.work_order_id !== undefined){
if(typeof data.work_order_id !== "string"){
const err11 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.from_state !== undefined){
let data3 = data.from_state;
if((typeof data3 !== "string") && (data3 !== null)){
const err12 = {instancePath:instancePath+"/from_state",schemaPath:"#/properties/from_state/type",keyword:"type",params:{type: schema31.properties.from_state.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.to_state !== undefined){
if(typeof data.to_state !== "string"){
const err13 = {instancePath:instancePath+"/to_state",schemaPath:"#/properties/to_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.occurred_at !== undefined){
let data5 = data.occurred_at;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err14 = {instancePath:instancePath+"/occurred_at",schemaPath:"#/properties/occurred_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/occurred_at",schemaPath:"#/properties/occurred_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.actor !== undefined){
if(typeof data.actor !== "string"){
const err16 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data7 = data.requested_tool;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((data7 === "packetops") || (data7 === "distributionops")) || (data7 === "tokenops")) || (data7 === "wever_labs_os"))){
const err18 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.evidence_status !== undefined){
let data8 = data.evidence_status;
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((data8 === "sufficient") || (data8 === "partial")) || (data8 === "insufficient")) || (data8 === "unknown"))){
const err20 = {instancePath:instancePath+"/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.credit_delta !== undefined){
let data9 = data.credit_delta;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err21 = {instancePath:instancePath+"/credit_delta",schemaPath:"#/properties/credit_delta/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.public_note !== undefined){
if(typeof data.public_note !== "string"){
const err22 = {instancePath:instancePath+"/public_note",schemaPath:"#/properties/public_note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.links !== undefined){
let data11 = data.links;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 in data11){
let data12 = data11[key0];
if(typeof data12 === "string"){
if(!(formats2(data12))){
const err23 = {instancePath:instancePath+"/links/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/links/additionalProperties/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/links/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/links/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.sequence !== undefined){
let data13 = data.sequence;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err26 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.event_id !== undefined){
let data14 = data.event_id;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err28 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.prev_event_hash !== undefined){
let data15 = data.prev_event_hash;
if((typeof data15 !== "string") && (data15 !== null)){
const err30 = {instancePath:instancePath+"/prev_event_hash",schemaPath:"#/properties/prev_event_hash/type",keyword:"type",params:{type: schema31.properties.prev_event_hash.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err31 = {instancePath:instancePath+"/prev_event_hash",schemaPath:"#/properties/prev_event_hash/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.step !== undefined){
let data16 = data.step;
if(typeof data16 !== "string"){
const err32 = {instancePath:instancePath+"/step",schemaPath:"#/properties/step/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(((((data16 === "evidence_review") || (data16 === "tool_execution")) || (data16 === "result_packaged")) || (data16 === "receipt_issued")) || (data16 === "callback"))){
const err33 = {instancePath:instancePath+"/step",schemaPath:"#/properties/step/enum",keyword:"enum",params:{allowedValues: schema31.properties.step.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateAgentTaskRun = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/agent-task-run.schema.json","title":"Wever Labs Agent Task Run","description":"A metered agent task run record tying trust, quote, credit entitlement, Work Order, state, evidence, receipt, callback, and result URLs together. Seed 000 verbatim (every property, type, format, enum value and the required list unchanged). Kit additions, all optional: exception_id, replay_count and metered_units, because the exception, replay and metering rules must be observable on the run record itself. Hosts MUST send integers in the three credit fields (typed number by the seed).","type":"object","required":["object_type","agent_task_run_id","work_order_id","requested_tool","state","created_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_task_run"},"agent_task_run_id":{"type":"string"},"work_order_id":{"type":"string"},"trust_profile_id":{"type":"string"},"quote_id":{"type":"string"},"credit_entitlement_id":{"type":"string"},"requested_tool":{"type":"string","enum":["packetops","distributionops","tokenops","wever_labs_os"]},"requested_capability":{"type":"string"},"state":{"type":"string","enum":["quoted","credit_pending","funded","run_created","queued","evidence_review","tool_execution","result_packaged","receipt_issued","callback_ready","callback_delivered","closed","paused","failed"]},"evidence_status":{"type":"string","enum":["sufficient","partial","insufficient","unknown"]},"status_token":{"type":"string"},"status_url":{"type":"string","format":"uri"},"ledger_url":{"type":"string","format":"uri"},"result_url":{"type":"string","format":"uri"},"result_attestation_url":{"type":"string","format":"uri"},"receipt_url":{"type":"string","format":"uri"},"callback_url":{"type":"string","format":"uri"},"callback_status":{"type":"string","enum":["not_required","pending","ready","delivered","retrying","failed"]},"credits_reserved":{"type":"number","minimum":0},"credits_debited":{"type":"number","minimum":0},"remaining_credits":{"type":"number","minimum":0},"state_history":{"type":"array","items":{"$ref":"https://weverlabs.com/schemas/agent-run-state-event.schema.json"}},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"},"closed_at":{"type":"string","format":"date-time"},"handshake_id":{"type":"string","description":"Optional upstream agent handshake ID."},"preflight_id":{"type":"string","description":"Optional upstream preflight check ID."},"contract_id":{"type":"string","description":"Optional upstream run contract ID."},"run_contract_url":{"type":"string","format":"uri","description":"Optional URL for the run contract object."},"canonical_lifecycle_state":{"type":"string","enum":["created","preflight_checked","contract_ready","contract_accepted","trust_pending","trusted","quoted","credit_pending","credit_funded","queued","operating","evidence_partial","result_ready","attested","receipt_issued","callback_pending","callback_delivered","exception_open","replay_ready","failed","closed"],"description":"Normalized lifecycle label used by the Agent Operating Console v2."},"settlement_mode":{"type":"string","enum":["manual","provider_controlled","provider_auto_funded","paused"]},"settlement_provider":{"type":"string","enum":["stripe_stablecoin","x402","circle_usdc","manual_invoice","not_selected"]},"settlement_intent_id":{"type":"string"},"settlement_receipt_url":{"type":"string","format":"uri"},"console_url":{"type":"string","format":"uri"},"agent_result_contract_id":{"type":"string"},"agent_result_contract_url":{"type":"string","format":"uri"},"settlement_receipt_id":{"type":"string"},"usage_receipt_url":{"type":"string","format":"uri"},"os_support_matrix_url":{"type":"string","format":"uri"},"rail_binding_url":{"type":"string","format":"uri"},"runtime_execution_plan_url":{"type":"string","format":"uri"},"exception_id":{"type":"string","description":"Kit addition: the exception ticket currently open or replay-ready on this run, if any."},"replay_count":{"type":"integer","minimum":0,"description":"Kit addition: how many replays of this run have started."},"metered_units":{"type":"integer","minimum":0,"description":"Kit addition: units metered for this run so far (debits never exceed the reservation)."}}};
const wrapper0 = {validate: validate20};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/agent-task-run.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.work_order_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "work_order_id"},message:"must have required property '"+"work_order_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.requested_tool === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.state === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.created_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("agent_task_run" !== data0){
const err7 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_task_run"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
if(typeof data.agent_task_run_id !== "string"){
const err8 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.work_order_id !== undefined){
if(typeof data.work_order_id !== "string"){
const err9 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.trust_profile_id !== undefined){
if(typeof data.trust_profile_id !== "string"){
const err10 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.quote_id !== undefined){
if(typeof data.quote_id !== "string"){
const err11 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.credit_entitlement_id !== undefined){
if(typeof data.credit_entitlement_id !== "string"){
const err12 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data6 = data.requested_tool;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/requested_tool",schemaPath:"#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data6 === "packetops") || (data6 === "distributionops")) || (data6 === "tokenops")) || (data6 === "wever_labs_os"))){
const err14 = {instancePath:instancePath+"/requested_tool",schemaPath:"#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema32.properties.requested_tool.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.requested_capability !== undefined){
if(typeof data.requested_capability !== "string"){
const err15 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.state !== undefined){
let data8 = data.state;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((((((((((data8 === "quoted") || (data8 === "credit_pending")) || (data8 === "funded")) || (data8 === "run_created")) || (data8 === "queued")) || (data8 === "evidence_review")) || (data8 === "tool_execution")) || (data8 === "result_packaged")) || (data8 === "receipt_issued")) || (data8 === "callback_ready")) || (data8 === "callback_delivered")) || (data8 === "closed")) || (data8 === "paused")) || (data8 === "failed"))){
const err17 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema32.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.evidence_status !== undefined){
let data9 = data.evidence_status;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/evidence_status",schemaPath:"#/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((data9 === "sufficient") || (data9 === "partial")) || (data9 === "insufficient")) || (data9 === "unknown"))){
const err19 = {instancePath:instancePath+"/evidence_status",schemaPath:"#/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema32.properties.evidence_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.status_token !== undefined){
if(typeof data.status_token !== "string"){
const err20 = {instancePath:instancePath+"/status_token",schemaPath:"#/properties/status_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.status_url !== undefined){
let data11 = data.status_url;
if(typeof data11 === "string"){
if(!(formats2(data11))){
const err21 = {instancePath:instancePath+"/status_url",schemaPath:"#/properties/status_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/status_url",schemaPath:"#/properties/status_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.ledger_url !== undefined){
let data12 = data.ledger_url;
if(typeof data12 === "string"){
if(!(formats2(data12))){
const err23 = {instancePath:instancePath+"/ledger_url",schemaPath:"#/properties/ledger_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/ledger_url",schemaPath:"#/properties/ledger_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.result_url !== undefined){
let data13 = data.result_url;
if(typeof data13 === "string"){
if(!(formats2(data13))){
const err25 = {instancePath:instancePath+"/result_url",schemaPath:"#/properties/result_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/result_url",schemaPath:"#/properties/result_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.result_attestation_url !== undefined){
let data14 = data.result_attestation_url;
if(typeof data14 === "string"){
if(!(formats2(data14))){
const err27 = {instancePath:instancePath+"/result_attestation_url",schemaPath:"#/properties/result_attestation_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/result_attestation_url",schemaPath:"#/properties/result_attestation_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.receipt_url !== undefined){
let data15 = data.receipt_url;
if(typeof data15 === "string"){
if(!(formats2(data15))){
const err29 = {instancePath:instancePath+"/receipt_url",schemaPath:"#/properties/receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/receipt_url",schemaPath:"#/properties/receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data16 = data.callback_url;
if(typeof data16 === "string"){
if(!(formats2(data16))){
const err31 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.callback_status !== undefined){
let data17 = data.callback_status;
if(typeof data17 !== "string"){
const err33 = {instancePath:instancePath+"/callback_status",schemaPath:"#/properties/callback_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!((((((data17 === "not_required") || (data17 === "pending")) || (data17 === "ready")) || (data17 === "delivered")) || (data17 === "retrying")) || (data17 === "failed"))){
const err34 = {instancePath:instancePath+"/callback_status",schemaPath:"#/properties/callback_status/enum",keyword:"enum",params:{allowedValues: schema32.properties.callback_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.credits_reserved !== undefined){
let data18 = data.credits_reserved;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err35 = {instancePath:instancePath+"/credits_reserved",schemaPath:"#/properties/credits_reserved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/credits_reserved",schemaPath:"#/properties/credits_reserved/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.credits_debited !== undefined){
let data19 = data.credits_debited;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err37 = {instancePath:instancePath+"/credits_debited",schemaPath:"#/properties/credits_debited/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/credits_debited",schemaPath:"#/properties/credits_debited/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.remaining_credits !== undefined){
let data20 = data.remaining_credits;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err39 = {instancePath:instancePath+"/remaining_credits",schemaPath:"#/properties/remaining_credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/remaining_credits",schemaPath:"#/properties/remaining_credits/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.state_history !== undefined){
let data21 = data.state_history;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data21[i0], {instancePath:instancePath+"/state_history/" + i0,parentData:data21,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/state_history",schemaPath:"#/properties/state_history/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.created_at !== undefined){
let data23 = data.created_at;
if(typeof data23 === "string"){
if(!(formats0.validate(data23))){
const err42 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data24 = data.updated_at;
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err44 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.closed_at !== undefined){
let data25 = data.closed_at;
if(typeof data25 === "string"){
if(!(formats0.validate(data25))){
const err46 = {instancePath:instancePath+"/closed_at",schemaPath:"#/properties/closed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/closed_at",schemaPath:"#/properties/closed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.handshake_id !== undefined){
if(typeof data.handshake_id !== "string"){
const err48 = {instancePath:instancePath+"/handshake_id",schemaPath:"#/properties/handshake_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.preflight_id !== undefined){
if(typeof data.preflight_id !== "string"){
const err49 = {instancePath:instancePath+"/preflight_id",schemaPath:"#/properties/preflight_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.contract_id !== undefined){
if(typeof data.contract_id !== "string"){
const err50 = {instancePath:instancePath+"/contract_id",schemaPath:"#/properties/contract_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.run_contract_url !== undefined){
let data29 = data.run_contract_url;
if(typeof data29 === "string"){
if(!(formats2(data29))){
const err51 = {instancePath:instancePath+"/run_contract_url",schemaPath:"#/properties/run_contract_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/run_contract_url",schemaPath:"#/properties/run_contract_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.canonical_lifecycle_state !== undefined){
let data30 = data.canonical_lifecycle_state;
if(typeof data30 !== "string"){
const err53 = {instancePath:instancePath+"/canonical_lifecycle_state",schemaPath:"#/properties/canonical_lifecycle_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(((((((((((((((((((((data30 === "created") || (data30 === "preflight_checked")) || (data30 === "contract_ready")) || (data30 === "contract_accepted")) || (data30 === "trust_pending")) || (data30 === "trusted")) || (data30 === "quoted")) || (data30 === "credit_pending")) || (data30 === "credit_funded")) || (data30 === "queued")) || (data30 === "operating")) || (data30 === "evidence_partial")) || (data30 === "result_ready")) || (data30 === "attested")) || (data30 === "receipt_issued")) || (data30 === "callback_pending")) || (data30 === "callback_delivered")) || (data30 === "exception_open")) || (data30 === "replay_ready")) || (data30 === "failed")) || (data30 === "closed"))){
const err54 = {instancePath:instancePath+"/canonical_lifecycle_state",schemaPath:"#/properties/canonical_lifecycle_state/enum",keyword:"enum",params:{allowedValues: schema32.properties.canonical_lifecycle_state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.settlement_mode !== undefined){
let data31 = data.settlement_mode;
if(typeof data31 !== "string"){
const err55 = {instancePath:instancePath+"/settlement_mode",schemaPath:"#/properties/settlement_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!((((data31 === "manual") || (data31 === "provider_controlled")) || (data31 === "provider_auto_funded")) || (data31 === "paused"))){
const err56 = {instancePath:instancePath+"/settlement_mode",schemaPath:"#/properties/settlement_mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.settlement_mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.settlement_provider !== undefined){
let data32 = data.settlement_provider;
if(typeof data32 !== "string"){
const err57 = {instancePath:instancePath+"/settlement_provider",schemaPath:"#/properties/settlement_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!(((((data32 === "stripe_stablecoin") || (data32 === "x402")) || (data32 === "circle_usdc")) || (data32 === "manual_invoice")) || (data32 === "not_selected"))){
const err58 = {instancePath:instancePath+"/settlement_provider",schemaPath:"#/properties/settlement_provider/enum",keyword:"enum",params:{allowedValues: schema32.properties.settlement_provider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.settlement_intent_id !== undefined){
if(typeof data.settlement_intent_id !== "string"){
const err59 = {instancePath:instancePath+"/settlement_intent_id",schemaPath:"#/properties/settlement_intent_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.settlement_receipt_url !== undefined){
let data34 = data.settlement_receipt_url;
if(typeof data34 === "string"){
if(!(formats2(data34))){
const err60 = {instancePath:instancePath+"/settlement_receipt_url",schemaPath:"#/properties/settlement_receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/settlement_receipt_url",schemaPath:"#/properties/settlement_receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.console_url !== undefined){
let data35 = data.console_url;
if(typeof data35 === "string"){
if(!(formats2(data35))){
const err62 = {instancePath:instancePath+"/console_url",schemaPath:"#/properties/console_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/console_url",schemaPath:"#/properties/console_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.agent_result_contract_id !== undefined){
if(typeof data.agent_result_contract_id !== "string"){
const err64 = {instancePath:instancePath+"/agent_result_contract_id",schemaPath:"#/properties/agent_result_contract_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.agent_result_contract_url !== undefined){
let data37 = data.agent_result_contract_url;
if(typeof data37 === "string"){
if(!(formats2(data37))){
const err65 = {instancePath:instancePath+"/agent_result_contract_url",schemaPath:"#/properties/agent_result_contract_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/agent_result_contract_url",schemaPath:"#/properties/agent_result_contract_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.settlement_receipt_id !== undefined){
if(typeof data.settlement_receipt_id !== "string"){
const err67 = {instancePath:instancePath+"/settlement_receipt_id",schemaPath:"#/properties/settlement_receipt_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.usage_receipt_url !== undefined){
let data39 = data.usage_receipt_url;
if(typeof data39 === "string"){
if(!(formats2(data39))){
const err68 = {instancePath:instancePath+"/usage_receipt_url",schemaPath:"#/properties/usage_receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/usage_receipt_url",schemaPath:"#/properties/usage_receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.os_support_matrix_url !== undefined){
let data40 = data.os_support_matrix_url;
if(typeof data40 === "string"){
if(!(formats2(data40))){
const err70 = {instancePath:instancePath+"/os_support_matrix_url",schemaPath:"#/properties/os_support_matrix_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/os_support_matrix_url",schemaPath:"#/properties/os_support_matrix_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.rail_binding_url !== undefined){
let data41 = data.rail_binding_url;
if(typeof data41 === "string"){
if(!(formats2(data41))){
const err72 = {instancePath:instancePath+"/rail_binding_url",schemaPath:"#/properties/rail_binding_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/rail_binding_url",schemaPath:"#/properties/rail_binding_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.runtime_execution_plan_url !== undefined){
let data42 = data.runtime_execution_plan_url;
if(typeof data42 === "string"){
if(!(formats2(data42))){
const err74 = {instancePath:instancePath+"/runtime_execution_plan_url",schemaPath:"#/properties/runtime_execution_plan_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/runtime_execution_plan_url",schemaPath:"#/properties/runtime_execution_plan_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.exception_id !== undefined){
if(typeof data.exception_id !== "string"){
const err76 = {instancePath:instancePath+"/exception_id",schemaPath:"#/properties/exception_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.replay_count !== undefined){
let data44 = data.replay_count;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err77 = {instancePath:instancePath+"/replay_count",schemaPath:"#/properties/replay_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
const err78 = {instancePath:instancePath+"/replay_count",schemaPath:"#/properties/replay_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data.metered_units !== undefined){
let data45 = data.metered_units;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err79 = {instancePath:instancePath+"/metered_units",schemaPath:"#/properties/metered_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
const err80 = {instancePath:instancePath+"/metered_units",schemaPath:"#/properties/metered_units/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
}
else {
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateAppRuntime = validate22;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://limecloud.github.io/agentapp/schemas/app-runtime.schema.json","title":"Agent App Runtime Contract","description":"v0.6 Agent task runtime control plane for lime.agent tasks; v0.9 App Server bridge profile; v0.10 shared host runtime profile for mini-program style apps and host-supervised app backend services.","type":"object","anyOf":[{"required":["agentRuntime"]},{"required":["agentTask"]}],"properties":{"agentRuntime":{"type":"object","properties":{"bridge":{"$ref":"#/$defs/bridge"},"agentTask":{"$ref":"#/$defs/agentTask"}},"additionalProperties":true},"agentTask":{"$ref":"#/$defs/agentTask"}},"$defs":{"bridge":{"type":"object","description":"v0.9 host-mediated bridge from Capability SDK / Host Bridge to App Server JSON-RPC. v0.10 keeps app UI, workflow, storage, and app backend services behind shared host runtime capabilities instead of exposing transport handles.","properties":{"kind":{"type":"string","enum":["app-server-json-rpc","host-native","reference-mock"]},"transport":{"type":"string","enum":["host-mediated","stdio-jsonl","local-socket","web-host"]},"protocolVersion":{"type":"string"},"clientSurface":{"type":"string","enum":["capability-sdk","host-bridge","server-client"]},"hostBoundary":{"type":"string","enum":["desktop-host-ipc","web-host-postmessage","host-native"]},"runtimeOwner":{"type":"string","enum":["runtime-core","host-native","reference-mock"]},"methods":{"$ref":"#/$defs/bridgeMethods"},"events":{"type":"object","properties":{"notification":{"type":"string","const":"agentSession/event"},"deriveFromRuntimeFacts":{"type":"boolean"},"allowUiSynthesis":{"type":"boolean","const":false}},"additionalProperties":true}},"additionalProperties":true},"bridgeMethods":{"type":"object","properties":{"initialize":{"type":"string","const":"initialize"},"initialized":{"type":"string","const":"initialized"},"startSession":{"type":"string","const":"agentSession/start"},"readSession":{"type":"string","const":"agentSession/read"},"startTurn":{"type":"string","const":"agentSession/turn/start"},"cancelTurn":{"type":"string","const":"agentSession/turn/cancel"},"respondAction":{"type":"string","const":"agentSession/action/respond"},"events":{"type":"string","const":"agentSession/event"},"listCapabilities":{"type":"string","const":"capability/list"},"readArtifact":{"type":"string","const":"artifact/read"},"exportEvidence":{"type":"string","const":"evidence/export"}},"additionalProperties":true},"agentTask":{"type":"object","properties":{"eventSchema":{"type":"string","const":"lime.agent-task-event.v1"},"resultSchema":{"type":"string","const":"lime.agent-task-result.v1"},"structuredOutput":{"$ref":"#/$defs/structuredOutput"},"approval":{"$ref":"#/$defs/approval"},"sessionPolicy":{"$ref":"#/$defs/sessionPolicy"},"toolDiscovery":{"$ref":"#/$defs/toolDiscovery"},"checkpointScope":{"$ref":"#/$defs/checkpointScope"},"observability":{"$ref":"#/$defs/observability"}},"additionalProperties":true},"structuredOutput":{"type":"object","properties":{"type":{"type":"string","enum":["json_schema","none"]},"schemaRef":{"type":"string"},"schema":{"type":"object"},"maxValidationRetries":{"type":"integer","minimum":0,"maximum":10},"failureSubtype":{"type":"string","enum":["error_max_structured_output_retries","error_during_execution"]}},"additionalProperties":true},"approval":{"type":"object","properties":{"behavior":{"type":"string","enum":["host-mediated","auto-deny","manifest-only"]},"supportsUpdatedInput":{"type":"boolean"},"supportsDefer":{"type":"boolean"},"rememberScopes":{"type":"array","items":{"type":"string","enum":["task","session","workspace"]},"uniqueItems":true}},"additionalProperties":true},"sessionPolicy":{"type":"object","properties":{"modes":{"type":"array","items":{"type":"string","enum":["new","resume","continue","fork"]},"uniqueItems":true},"compactionEvents":{"type":"boolean"}},"additionalProperties":true},"toolDiscovery":{"type":"object","properties":{"mode":{"type":"string","enum":["eager","on_demand","none"]},"topK":{"type":"integer","minimum":1,"maximum":20},"includeSchemas":{"type":"string","enum":["all","selected_only","none"]}},"additionalProperties":true},"checkpointScope":{"type":"object","properties":{"workflowState":{"type":"boolean"},"appStorage":{"type":"boolean"},"artifacts":{"type":"boolean"},"files":{"type":"string","enum":["tracked_only","none"]},"conversation":{"type":"string","enum":["resume_only","rewind","none"]},"externalSideEffects":{"type":"string","enum":["record_only","manual_compensation","none"]}},"additionalProperties":true},"observability":{"type":"object","properties":{"profileEvents":{"type":"boolean"},"openTelemetryMapping":{"type":"boolean"},"exportContentByDefault":{"type":"boolean"}},"additionalProperties":true}},"additionalProperties":true};
const schema36 = {"type":"object","description":"v0.9 host-mediated bridge from Capability SDK / Host Bridge to App Server JSON-RPC. v0.10 keeps app UI, workflow, storage, and app backend services behind shared host runtime capabilities instead of exposing transport handles.","properties":{"kind":{"type":"string","enum":["app-server-json-rpc","host-native","reference-mock"]},"transport":{"type":"string","enum":["host-mediated","stdio-jsonl","local-socket","web-host"]},"protocolVersion":{"type":"string"},"clientSurface":{"type":"string","enum":["capability-sdk","host-bridge","server-client"]},"hostBoundary":{"type":"string","enum":["desktop-host-ipc","web-host-postmessage","host-native"]},"runtimeOwner":{"type":"string","enum":["runtime-core","host-native","reference-mock"]},"methods":{"$ref":"#/$defs/bridgeMethods"},"events":{"type":"object","properties":{"notification":{"type":"string","const":"agentSession/event"},"deriveFromRuntimeFacts":{"type":"boolean"},"allowUiSynthesis":{"type":"boolean","const":false}},"additionalProperties":true}},"additionalProperties":true};
const schema37 = {"type":"object","properties":{"initialize":{"type":"string","const":"initialize"},"initialized":{"type":"string","const":"initialized"},"startSession":{"type":"string","const":"agentSession/start"},"readSession":{"type":"string","const":"agentSession/read"},"startTurn":{"type":"string","const":"agentSession/turn/start"},"cancelTurn":{"type":"string","const":"agentSession/turn/cancel"},"respondAction":{"type":"string","const":"agentSession/action/respond"},"events":{"type":"string","const":"agentSession/event"},"listCapabilities":{"type":"string","const":"capability/list"},"readArtifact":{"type":"string","const":"artifact/read"},"exportEvidence":{"type":"string","const":"evidence/export"}},"additionalProperties":true};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data0 === "app-server-json-rpc") || (data0 === "host-native")) || (data0 === "reference-mock"))){
const err1 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema36.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.transport !== undefined){
let data1 = data.transport;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data1 === "host-mediated") || (data1 === "stdio-jsonl")) || (data1 === "local-socket")) || (data1 === "web-host"))){
const err3 = {instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/enum",keyword:"enum",params:{allowedValues: schema36.properties.transport.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.protocolVersion !== undefined){
if(typeof data.protocolVersion !== "string"){
const err4 = {instancePath:instancePath+"/protocolVersion",schemaPath:"#/properties/protocolVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.clientSurface !== undefined){
let data3 = data.clientSurface;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/clientSurface",schemaPath:"#/properties/clientSurface/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data3 === "capability-sdk") || (data3 === "host-bridge")) || (data3 === "server-client"))){
const err6 = {instancePath:instancePath+"/clientSurface",schemaPath:"#/properties/clientSurface/enum",keyword:"enum",params:{allowedValues: schema36.properties.clientSurface.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.hostBoundary !== undefined){
let data4 = data.hostBoundary;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/hostBoundary",schemaPath:"#/properties/hostBoundary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data4 === "desktop-host-ipc") || (data4 === "web-host-postmessage")) || (data4 === "host-native"))){
const err8 = {instancePath:instancePath+"/hostBoundary",schemaPath:"#/properties/hostBoundary/enum",keyword:"enum",params:{allowedValues: schema36.properties.hostBoundary.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.runtimeOwner !== undefined){
let data5 = data.runtimeOwner;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/runtimeOwner",schemaPath:"#/properties/runtimeOwner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data5 === "runtime-core") || (data5 === "host-native")) || (data5 === "reference-mock"))){
const err10 = {instancePath:instancePath+"/runtimeOwner",schemaPath:"#/properties/runtimeOwner/enum",keyword:"enum",params:{allowedValues: schema36.properties.runtimeOwner.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.methods !== undefined){
let data6 = data.methods;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.initialize !== undefined){
let data7 = data6.initialize;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/methods/initialize",schemaPath:"#/$defs/bridgeMethods/properties/initialize/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("initialize" !== data7){
const err12 = {instancePath:instancePath+"/methods/initialize",schemaPath:"#/$defs/bridgeMethods/properties/initialize/const",keyword:"const",params:{allowedValue: "initialize"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.initialized !== undefined){
let data8 = data6.initialized;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/methods/initialized",schemaPath:"#/$defs/bridgeMethods/properties/initialized/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("initialized" !== data8){
const err14 = {instancePath:instancePath+"/methods/initialized",schemaPath:"#/$defs/bridgeMethods/properties/initialized/const",keyword:"const",params:{allowedValue: "initialized"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.startSession !== undefined){
let data9 = data6.startSession;
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/methods/startSession",schemaPath:"#/$defs/bridgeMethods/properties/startSession/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("agentSession/start" !== data9){
const err16 = {instancePath:instancePath+"/methods/startSession",schemaPath:"#/$defs/bridgeMethods/properties/startSession/const",keyword:"const",params:{allowedValue: "agentSession/start"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.readSession !== undefined){
let data10 = data6.readSession;
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/methods/readSession",schemaPath:"#/$defs/bridgeMethods/properties/readSession/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("agentSession/read" !== data10){
const err18 = {instancePath:instancePath+"/methods/readSession",schemaPath:"#/$defs/bridgeMethods/properties/readSession/const",keyword:"const",params:{allowedValue: "agentSession/read"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.startTurn !== undefined){
let data11 = data6.startTurn;
if(typeof data11 !== "string"){
const err19 = {instancePath:instancePath+"/methods/startTurn",schemaPath:"#/$defs/bridgeMethods/properties/startTurn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("agentSession/turn/start" !== data11){
const err20 = {instancePath:instancePath+"/methods/startTurn",schemaPath:"#/$defs/bridgeMethods/properties/startTurn/const",keyword:"const",params:{allowedValue: "agentSession/turn/start"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.cancelTurn !== undefined){
let data12 = data6.cancelTurn;
if(typeof data12 !== "string"){
const err21 = {instancePath:instancePath+"/methods/cancelTurn",schemaPath:"#/$defs/bridgeMethods/properties/cancelTurn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("agentSession/turn/cancel" !== data12){
const err22 = {instancePath:instancePath+"/methods/cancelTurn",schemaPath:"#/$defs/bridgeMethods/properties/cancelTurn/const",keyword:"const",params:{allowedValue: "agentSession/turn/cancel"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.respondAction !== undefined){
let data13 = data6.respondAction;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/methods/respondAction",schemaPath:"#/$defs/bridgeMethods/properties/respondAction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("agentSession/action/respond" !== data13){
const err24 = {instancePath:instancePath+"/methods/respondAction",schemaPath:"#/$defs/bridgeMethods/properties/respondAction/const",keyword:"const",params:{allowedValue: "agentSession/action/respond"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.events !== undefined){
let data14 = data6.events;
if(typeof data14 !== "string"){
const err25 = {instancePath:instancePath+"/methods/events",schemaPath:"#/$defs/bridgeMethods/properties/events/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("agentSession/event" !== data14){
const err26 = {instancePath:instancePath+"/methods/events",schemaPath:"#/$defs/bridgeMethods/properties/events/const",keyword:"const",params:{allowedValue: "agentSession/event"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.listCapabilities !== undefined){
let data15 = data6.listCapabilities;
if(typeof data15 !== "string"){
const err27 = {instancePath:instancePath+"/methods/listCapabilities",schemaPath:"#/$defs/bridgeMethods/properties/listCapabilities/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if("capability/list" !== data15){
const err28 = {instancePath:instancePath+"/methods/listCapabilities",schemaPath:"#/$defs/bridgeMethods/properties/listCapabilities/const",keyword:"const",params:{allowedValue: "capability/list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.readArtifact !== undefined){
let data16 = data6.readArtifact;
if(typeof data16 !== "string"){
const err29 = {instancePath:instancePath+"/methods/readArtifact",schemaPath:"#/$defs/bridgeMethods/properties/readArtifact/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if("artifact/read" !== data16){
const err30 = {instancePath:instancePath+"/methods/readArtifact",schemaPath:"#/$defs/bridgeMethods/properties/readArtifact/const",keyword:"const",params:{allowedValue: "artifact/read"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.exportEvidence !== undefined){
let data17 = data6.exportEvidence;
if(typeof data17 !== "string"){
const err31 = {instancePath:instancePath+"/methods/exportEvidence",schemaPath:"#/$defs/bridgeMethods/properties/exportEvidence/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if("evidence/export" !== data17){
const err32 = {instancePath:instancePath+"/methods/exportEvidence",schemaPath:"#/$defs/bridgeMethods/properties/exportEvidence/const",keyword:"const",params:{allowedValue: "evidence/export"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/methods",schemaPath:"#/$defs/bridgeMethods/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.events !== undefined){
let data18 = data.events;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.notification !== undefined){
let data19 = data18.notification;
if(typeof data19 !== "string"){
const err34 = {instancePath:instancePath+"/events/notification",schemaPath:"#/properties/events/properties/notification/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if("agentSession/event" !== data19){
const err35 = {instancePath:instancePath+"/events/notification",schemaPath:"#/properties/events/properties/notification/const",keyword:"const",params:{allowedValue: "agentSession/event"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data18.deriveFromRuntimeFacts !== undefined){
if(typeof data18.deriveFromRuntimeFacts !== "boolean"){
const err36 = {instancePath:instancePath+"/events/deriveFromRuntimeFacts",schemaPath:"#/properties/events/properties/deriveFromRuntimeFacts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data18.allowUiSynthesis !== undefined){
let data21 = data18.allowUiSynthesis;
if(typeof data21 !== "boolean"){
const err37 = {instancePath:instancePath+"/events/allowUiSynthesis",schemaPath:"#/properties/events/properties/allowUiSynthesis/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(false !== data21){
const err38 = {instancePath:instancePath+"/events/allowUiSynthesis",schemaPath:"#/properties/events/properties/allowUiSynthesis/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","properties":{"eventSchema":{"type":"string","const":"lime.agent-task-event.v1"},"resultSchema":{"type":"string","const":"lime.agent-task-result.v1"},"structuredOutput":{"$ref":"#/$defs/structuredOutput"},"approval":{"$ref":"#/$defs/approval"},"sessionPolicy":{"$ref":"#/$defs/sessionPolicy"},"toolDiscovery":{"$ref":"#/$defs/toolDiscovery"},"checkpointScope":{"$ref":"#/$defs/checkpointScope"},"observability":{"$ref":"#/$defs/observability"}},"additionalProperties":true};
const schema39 = {"type":"object","properties":{"type":{"type":"string","enum":["json_schema","none"]},"schemaRef":{"type":"string"},"schema":{"type":"object"},"maxValidationRetries":{"type":"integer","minimum":0,"maximum":10},"failureSubtype":{"type":"string","enum":["error_max_structured_output_retries","error_during_execution"]}},"additionalProperties":true};
const schema40 = {"type":"object","properties":{"behavior":{"type":"string","enum":["host-mediated","auto-deny","manifest-only"]},"supportsUpdatedInput":{"type":"boolean"},"supportsDefer":{"type":"boolean"},"rememberScopes":{"type":"array","items":{"type":"string","enum":["task","session","workspace"]},"uniqueItems":true}},"additionalProperties":true};
const schema41 = {"type":"object","properties":{"modes":{"type":"array","items":{"type":"string","enum":["new","resume","continue","fork"]},"uniqueItems":true},"compactionEvents":{"type":"boolean"}},"additionalProperties":true};
const schema42 = {"type":"object","properties":{"mode":{"type":"string","enum":["eager","on_demand","none"]},"topK":{"type":"integer","minimum":1,"maximum":20},"includeSchemas":{"type":"string","enum":["all","selected_only","none"]}},"additionalProperties":true};
const schema43 = {"type":"object","properties":{"workflowState":{"type":"boolean"},"appStorage":{"type":"boolean"},"artifacts":{"type":"boolean"},"files":{"type":"string","enum":["tracked_only","none"]},"conversation":{"type":"string","enum":["resume_only","rewind","none"]},"externalSideEffects":{"type":"string","enum":["record_only","manual_compensation","none"]}},"additionalProperties":true};
const schema44 = {"type":"object","properties":{"profileEvents":{"type":"boolean"},"openTelemetryMapping":{"type":"boolean"},"exportContentByDefault":{"type":"boolean"}},"additionalProperties":true};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.eventSchema !== undefined){
let data0 = data.eventSchema;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/eventSchema",schemaPath:"#/properties/eventSchema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("lime.agent-task-event.v1" !== data0){
const err1 = {instancePath:instancePath+"/eventSchema",schemaPath:"#/properties/eventSchema/const",keyword:"const",params:{allowedValue: "lime.agent-task-event.v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.resultSchema !== undefined){
let data1 = data.resultSchema;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/resultSchema",schemaPath:"#/properties/resultSchema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("lime.agent-task-result.v1" !== data1){
const err3 = {instancePath:instancePath+"/resultSchema",schemaPath:"#/properties/resultSchema/const",keyword:"const",params:{allowedValue: "lime.agent-task-result.v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.structuredOutput !== undefined){
let data2 = data.structuredOutput;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
let data3 = data2.type;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/structuredOutput/type",schemaPath:"#/$defs/structuredOutput/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data3 === "json_schema") || (data3 === "none"))){
const err5 = {instancePath:instancePath+"/structuredOutput/type",schemaPath:"#/$defs/structuredOutput/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.schemaRef !== undefined){
if(typeof data2.schemaRef !== "string"){
const err6 = {instancePath:instancePath+"/structuredOutput/schemaRef",schemaPath:"#/$defs/structuredOutput/properties/schemaRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.schema !== undefined){
let data5 = data2.schema;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err7 = {instancePath:instancePath+"/structuredOutput/schema",schemaPath:"#/$defs/structuredOutput/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.maxValidationRetries !== undefined){
let data6 = data2.maxValidationRetries;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/structuredOutput/maxValidationRetries",schemaPath:"#/$defs/structuredOutput/properties/maxValidationRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/structuredOutput/maxValidationRetries",schemaPath:"#/$defs/structuredOutput/properties/maxValidationRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/structuredOutput/maxValidationRetries",schemaPath:"#/$defs/structuredOutput/properties/maxValidationRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data2.failureSubtype !== undefined){
let data7 = data2.failureSubtype;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/structuredOutput/failureSubtype",schemaPath:"#/$defs/structuredOutput/properties/failureSubtype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data7 === "error_max_structured_output_retries") || (data7 === "error_during_execution"))){
const err12 = {instancePath:instancePath+"/structuredOutput/failureSubtype",schemaPath:"#/$defs/structuredOutput/properties/failureSubtype/enum",keyword:"enum",params:{allowedValues: schema39.properties.failureSubtype.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/structuredOutput",schemaPath:"#/$defs/structuredOutput/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.approval !== undefined){
let data8 = data.approval;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.behavior !== undefined){
let data9 = data8.behavior;
if(typeof data9 !== "string"){
const err14 = {instancePath:instancePath+"/approval/behavior",schemaPath:"#/$defs/approval/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data9 === "host-mediated") || (data9 === "auto-deny")) || (data9 === "manifest-only"))){
const err15 = {instancePath:instancePath+"/approval/behavior",schemaPath:"#/$defs/approval/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema40.properties.behavior.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.supportsUpdatedInput !== undefined){
if(typeof data8.supportsUpdatedInput !== "boolean"){
const err16 = {instancePath:instancePath+"/approval/supportsUpdatedInput",schemaPath:"#/$defs/approval/properties/supportsUpdatedInput/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.supportsDefer !== undefined){
if(typeof data8.supportsDefer !== "boolean"){
const err17 = {instancePath:instancePath+"/approval/supportsDefer",schemaPath:"#/$defs/approval/properties/supportsDefer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.rememberScopes !== undefined){
let data12 = data8.rememberScopes;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 !== "string"){
const err18 = {instancePath:instancePath+"/approval/rememberScopes/" + i0,schemaPath:"#/$defs/approval/properties/rememberScopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data13 === "task") || (data13 === "session")) || (data13 === "workspace"))){
const err19 = {instancePath:instancePath+"/approval/rememberScopes/" + i0,schemaPath:"#/$defs/approval/properties/rememberScopes/items/enum",keyword:"enum",params:{allowedValues: schema40.properties.rememberScopes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data12[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err20 = {instancePath:instancePath+"/approval/rememberScopes",schemaPath:"#/$defs/approval/properties/rememberScopes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err21 = {instancePath:instancePath+"/approval/rememberScopes",schemaPath:"#/$defs/approval/properties/rememberScopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/approval",schemaPath:"#/$defs/approval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.sessionPolicy !== undefined){
let data14 = data.sessionPolicy;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.modes !== undefined){
let data15 = data14.modes;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i2=0; i2<len1; i2++){
let data16 = data15[i2];
if(typeof data16 !== "string"){
const err23 = {instancePath:instancePath+"/sessionPolicy/modes/" + i2,schemaPath:"#/$defs/sessionPolicy/properties/modes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((((data16 === "new") || (data16 === "resume")) || (data16 === "continue")) || (data16 === "fork"))){
const err24 = {instancePath:instancePath+"/sessionPolicy/modes/" + i2,schemaPath:"#/$defs/sessionPolicy/properties/modes/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.modes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i3 = data15.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data15[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err25 = {instancePath:instancePath+"/sessionPolicy/modes",schemaPath:"#/$defs/sessionPolicy/properties/modes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err26 = {instancePath:instancePath+"/sessionPolicy/modes",schemaPath:"#/$defs/sessionPolicy/properties/modes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data14.compactionEvents !== undefined){
if(typeof data14.compactionEvents !== "boolean"){
const err27 = {instancePath:instancePath+"/sessionPolicy/compactionEvents",schemaPath:"#/$defs/sessionPolicy/properties/compactionEvents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/sessionPolicy",schemaPath:"#/$defs/sessionPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.toolDiscovery !== undefined){
let data18 = data.toolDiscovery;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.mode !== undefined){
let data19 = data18.mode;
if(typeof data19 !== "string"){
const err29 = {instancePath:instancePath+"/toolDiscovery/mode",schemaPath:"#/$defs/toolDiscovery/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(((data19 === "eager") || (data19 === "on_demand")) || (data19 === "none"))){
const err30 = {instancePath:instancePath+"/toolDiscovery/mode",schemaPath:"#/$defs/toolDiscovery/properties/mode/enum",keyword:"enum",params:{allowedValues: schema42.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data18.topK !== undefined){
let data20 = data18.topK;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err31 = {instancePath:instancePath+"/toolDiscovery/topK",schemaPath:"#/$defs/toolDiscovery/properties/topK/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 20 || isNaN(data20)){
const err32 = {instancePath:instancePath+"/toolDiscovery/topK",schemaPath:"#/$defs/toolDiscovery/properties/topK/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err33 = {instancePath:instancePath+"/toolDiscovery/topK",schemaPath:"#/$defs/toolDiscovery/properties/topK/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data18.includeSchemas !== undefined){
let data21 = data18.includeSchemas;
if(typeof data21 !== "string"){
const err34 = {instancePath:instancePath+"/toolDiscovery/includeSchemas",schemaPath:"#/$defs/toolDiscovery/properties/includeSchemas/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(((data21 === "all") || (data21 === "selected_only")) || (data21 === "none"))){
const err35 = {instancePath:instancePath+"/toolDiscovery/includeSchemas",schemaPath:"#/$defs/toolDiscovery/properties/includeSchemas/enum",keyword:"enum",params:{allowedValues: schema42.properties.includeSchemas.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/toolDiscovery",schemaPath:"#/$defs/toolDiscovery/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.checkpointScope !== undefined){
let data22 = data.checkpointScope;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.workflowState !== undefined){
if(typeof data22.workflowState !== "boolean"){
const err37 = {instancePath:instancePath+"/checkpointScope/workflowState",schemaPath:"#/$defs/checkpointScope/properties/workflowState/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data22.appStorage !== undefined){
if(typeof data22.appStorage !== "boolean"){
const err38 = {instancePath:instancePath+"/checkpointScope/appStorage",schemaPath:"#/$defs/checkpointScope/properties/appStorage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data22.artifacts !== undefined){
if(typeof data22.artifacts !== "boolean"){
const err39 = {instancePath:instancePath+"/checkpointScope/artifacts",schemaPath:"#/$defs/checkpointScope/properties/artifacts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data22.files !== undefined){
let data26 = data22.files;
if(typeof data26 !== "string"){
const err40 = {instancePath:instancePath+"/checkpointScope/files",schemaPath:"#/$defs/checkpointScope/properties/files/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((data26 === "tracked_only") || (data26 === "none"))){
const err41 = {instancePath:instancePath+"/checkpointScope/files",schemaPath:"#/$defs/checkpointScope/properties/files/enum",keyword:"enum",params:{allowedValues: schema43.properties.files.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data22.conversation !== undefined){
let data27 = data22.conversation;
if(typeof data27 !== "string"){
const err42 = {instancePath:instancePath+"/checkpointScope/conversation",schemaPath:"#/$defs/checkpointScope/properties/conversation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(((data27 === "resume_only") || (data27 === "rewind")) || (data27 === "none"))){
const err43 = {instancePath:instancePath+"/checkpointScope/conversation",schemaPath:"#/$defs/checkpointScope/properties/conversation/enum",keyword:"enum",params:{allowedValues: schema43.properties.conversation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data22.externalSideEffects !== undefined){
let data28 = data22.externalSideEffects;
if(typeof data28 !== "string"){
const err44 = {instancePath:instancePath+"/checkpointScope/externalSideEffects",schemaPath:"#/$defs/checkpointScope/properties/externalSideEffects/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(((data28 === "record_only") || (data28 === "manual_compensation")) || (data28 === "none"))){
const err45 = {instancePath:instancePath+"/checkpointScope/externalSideEffects",schemaPath:"#/$defs/checkpointScope/properties/externalSideEffects/enum",keyword:"enum",params:{allowedValues: schema43.properties.externalSideEffects.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/checkpointScope",schemaPath:"#/$defs/checkpointScope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.observability !== undefined){
let data29 = data.observability;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.profileEvents !== undefined){
if(typeof data29.profileEvents !== "boolean"){
const err47 = {instancePath:instancePath+"/observability/profileEvents",schemaPath:"#/$defs/observability/properties/profileEvents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data29.openTelemetryMapping !== undefined){
if(typeof data29.openTelemetryMapping !== "boolean"){
const err48 = {instancePath:instancePath+"/observability/openTelemetryMapping",schemaPath:"#/$defs/observability/properties/openTelemetryMapping/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data29.exportContentByDefault !== undefined){
if(typeof data29.exportContentByDefault !== "boolean"){
const err49 = {instancePath:instancePath+"/observability/exportContentByDefault",schemaPath:"#/$defs/observability/properties/exportContentByDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/observability",schemaPath:"#/$defs/observability/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://limecloud.github.io/agentapp/schemas/app-runtime.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agentRuntime === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "agentRuntime"},message:"must have required property '"+"agentRuntime"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agentTask === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "agentTask"},message:"must have required property '"+"agentTask"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agentRuntime !== undefined){
let data0 = data.agentRuntime;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.bridge !== undefined){
if(!(validate23(data0.bridge, {instancePath:instancePath+"/agentRuntime/bridge",parentData:data0,parentDataProperty:"bridge",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data0.agentTask !== undefined){
if(!(validate25(data0.agentTask, {instancePath:instancePath+"/agentRuntime/agentTask",parentData:data0,parentDataProperty:"agentTask",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/agentRuntime",schemaPath:"#/properties/agentRuntime/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.agentTask !== undefined){
if(!(validate25(data.agentTask, {instancePath:instancePath+"/agentTask",parentData:data,parentDataProperty:"agentTask",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCallbackDelivery = validate28;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/callback-delivery.schema.json","title":"Callback Delivery","description":"The delivery record of a run's callback served at /tasks/{token}/callback-attempts: the callback message's webhook id, its target, its status and every attempt made so far. Designed by the kit from the published delivery binding; `disabled` is true once the receiver answered 410, after which no automatic attempt is made. A run created without a callback_url has callback_status not_required, no webhook id or target, and no attempt.","type":"object","required":["object_type","agent_task_run_id","callback_status","attempts"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_callback_delivery"},"agent_task_run_id":{"type":"string","minLength":1},"webhook_id":{"type":"string","minLength":1},"callback_url":{"type":"string","format":"uri"},"callback_status":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status"},"attempts":{"type":"array","description":"Every attempt in the order made, automatic and manual.","items":{"$ref":"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json"}},"next_retry_at":{"type":["string","null"],"format":"date-time","description":"When the next automatic attempt is due; null when none will be made."},"disabled":{"type":"boolean","description":"True after a 410 answer: automatic delivery has stopped for this callback."}},"if":{"properties":{"callback_status":{"const":"not_required"}}},"then":{"properties":{"attempts":{"type":"array","maxItems":0}}},"else":{"required":["webhook_id","callback_url"]}};
const schema46 = {"type":"string","enum":["not_required","pending","ready","delivered","retrying","failed"]};
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json","title":"Callback Delivery Attempt","description":"One attempt to deliver a run's callback, automatic or manual. Designed by the kit from the published delivery binding (each attempt records status, attempt count, HTTP response, error reason and next retry time), with the Standard Webhooks id and timestamp it was signed with, so retry schedules, Retry-After, timeouts and manual retries can be checked attempt by attempt.","type":"object","required":["attempt_number","webhook_id","attempted_at","webhook_timestamp","trigger","outcome"],"additionalProperties":true,"properties":{"attempt_number":{"type":"integer","minimum":1},"webhook_id":{"type":"string","minLength":1,"description":"The `webhook-id` header sent; the same on every attempt of one callback."},"attempted_at":{"type":"string","format":"date-time"},"webhook_timestamp":{"type":"integer","minimum":0,"description":"The `webhook-timestamp` header sent: host time of the attempt in Unix seconds."},"trigger":{"type":"string","enum":["scheduled","manual"],"description":"scheduled: made by the retry schedule; manual: made by a retry_callback command."},"outcome":{"type":"string","enum":["delivered","failed"]},"http_status":{"type":["integer","null"],"minimum":100,"maximum":599,"description":"Status the receiver answered; null when no answer arrived."},"error":{"type":["string","null"],"enum":["timeout","connection_error","redirect_not_followed","http_error","gone",null],"description":"Why a failed attempt failed; null on delivery."},"retry_after_seconds":{"type":"integer","minimum":0,"description":"The receiver's Retry-After, in seconds, when it sent one."},"next_retry_at":{"type":["string","null"],"format":"date-time","description":"When the next automatic attempt is due; null when none will be made."}},"if":{"properties":{"outcome":{"const":"delivered"}}},"then":{"description":"Only a 2xx answer counts as delivered.","required":["http_status"],"properties":{"http_status":{"type":"integer","minimum":200,"maximum":299}}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/callback-delivery.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callback_status !== undefined){
if("not_required" !== data.callback_status){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attempts !== undefined){
let data1 = data.attempts;
if(Array.isArray(data1)){
if(data1.length > 0){
const err1 = {instancePath:instancePath+"/attempts",schemaPath:"#/then/properties/attempts/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/attempts",schemaPath:"#/then/properties/attempts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.attempts = true;
props0.callback_status = true;
}
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.webhook_id === undefined){
const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "webhook_id"},message:"must have required property '"+"webhook_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.callback_url === undefined){
const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "callback_url"},message:"must have required property '"+"callback_url"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.callback_status === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callback_status"},message:"must have required property '"+"callback_status"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.attempts === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attempts"},message:"must have required property '"+"attempts"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.object_type !== undefined){
let data2 = data.object_type;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("agent_callback_delivery" !== data2){
const err11 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_callback_delivery"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data3 = data.agent_task_run_id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err12 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.webhook_id !== undefined){
let data4 = data.webhook_id;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err14 = {instancePath:instancePath+"/webhook_id",schemaPath:"#/properties/webhook_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/webhook_id",schemaPath:"#/properties/webhook_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data5 = data.callback_url;
if(typeof data5 === "string"){
if(!(formats2(data5))){
const err16 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.callback_status !== undefined){
let data6 = data.callback_status;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/callback_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((data6 === "not_required") || (data6 === "pending")) || (data6 === "ready")) || (data6 === "delivered")) || (data6 === "retrying")) || (data6 === "failed"))){
const err19 = {instancePath:instancePath+"/callback_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.attempts !== undefined){
let data7 = data.attempts;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs25 = errors;
let valid8 = true;
const _errs26 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.outcome !== undefined){
if("delivered" !== data8.outcome){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
var _valid1 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs28 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.http_status === undefined){
const err21 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/then/required",keyword:"required",params:{missingProperty: "http_status"},message:"must have required property '"+"http_status"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.http_status !== undefined){
let data10 = data8.http_status;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/attempts/" + i0+"/http_status",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/then/properties/http_status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 299 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/attempts/" + i0+"/http_status",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/then/properties/http_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10 < 200 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/attempts/" + i0+"/http_status",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/then/properties/http_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
var _valid1 = _errs28 === errors;
valid8 = _valid1;
if(valid8){
var props1 = {};
props1.http_status = true;
props1.outcome = true;
}
}
if(!valid8){
const err25 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.attempt_number === undefined){
const err26 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/required",keyword:"required",params:{missingProperty: "attempt_number"},message:"must have required property '"+"attempt_number"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.webhook_id === undefined){
const err27 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/required",keyword:"required",params:{missingProperty: "webhook_id"},message:"must have required property '"+"webhook_id"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.attempted_at === undefined){
const err28 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/required",keyword:"required",params:{missingProperty: "attempted_at"},message:"must have required property '"+"attempted_at"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8.webhook_timestamp === undefined){
const err29 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/required",keyword:"required",params:{missingProperty: "webhook_timestamp"},message:"must have required property '"+"webhook_timestamp"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8.trigger === undefined){
const err30 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8.outcome === undefined){
const err31 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8.attempt_number !== undefined){
let data11 = data8.attempt_number;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err32 = {instancePath:instancePath+"/attempts/" + i0+"/attempt_number",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/attempt_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/attempts/" + i0+"/attempt_number",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/attempt_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data8.webhook_id !== undefined){
let data12 = data8.webhook_id;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err34 = {instancePath:instancePath+"/attempts/" + i0+"/webhook_id",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/webhook_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/attempts/" + i0+"/webhook_id",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/webhook_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.attempted_at !== undefined){
let data13 = data8.attempted_at;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err36 = {instancePath:instancePath+"/attempts/" + i0+"/attempted_at",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/attempted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/attempts/" + i0+"/attempted_at",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/attempted_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data8.webhook_timestamp !== undefined){
let data14 = data8.webhook_timestamp;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err38 = {instancePath:instancePath+"/attempts/" + i0+"/webhook_timestamp",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/webhook_timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/attempts/" + i0+"/webhook_timestamp",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/webhook_timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data8.trigger !== undefined){
let data15 = data8.trigger;
if(typeof data15 !== "string"){
const err40 = {instancePath:instancePath+"/attempts/" + i0+"/trigger",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/trigger/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((data15 === "scheduled") || (data15 === "manual"))){
const err41 = {instancePath:instancePath+"/attempts/" + i0+"/trigger",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/trigger/enum",keyword:"enum",params:{allowedValues: schema47.properties.trigger.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data8.outcome !== undefined){
let data16 = data8.outcome;
if(typeof data16 !== "string"){
const err42 = {instancePath:instancePath+"/attempts/" + i0+"/outcome",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((data16 === "delivered") || (data16 === "failed"))){
const err43 = {instancePath:instancePath+"/attempts/" + i0+"/outcome",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema47.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data8.http_status !== undefined){
let data17 = data8.http_status;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (data17 !== null)){
const err44 = {instancePath:instancePath+"/attempts/" + i0+"/http_status",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/http_status/type",keyword:"type",params:{type: schema47.properties.http_status.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 599 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/attempts/" + i0+"/http_status",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/http_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17 < 100 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/attempts/" + i0+"/http_status",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/http_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data8.error !== undefined){
let data18 = data8.error;
if((typeof data18 !== "string") && (data18 !== null)){
const err47 = {instancePath:instancePath+"/attempts/" + i0+"/error",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/error/type",keyword:"type",params:{type: schema47.properties.error.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((((((data18 === "timeout") || (data18 === "connection_error")) || (data18 === "redirect_not_followed")) || (data18 === "http_error")) || (data18 === "gone")) || (data18 === null))){
const err48 = {instancePath:instancePath+"/attempts/" + i0+"/error",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/error/enum",keyword:"enum",params:{allowedValues: schema47.properties.error.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data8.retry_after_seconds !== undefined){
let data19 = data8.retry_after_seconds;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err49 = {instancePath:instancePath+"/attempts/" + i0+"/retry_after_seconds",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/retry_after_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err50 = {instancePath:instancePath+"/attempts/" + i0+"/retry_after_seconds",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/retry_after_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data8.next_retry_at !== undefined){
let data20 = data8.next_retry_at;
if((typeof data20 !== "string") && (data20 !== null)){
const err51 = {instancePath:instancePath+"/attempts/" + i0+"/next_retry_at",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/next_retry_at/type",keyword:"type",params:{type: schema47.properties.next_retry_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err52 = {instancePath:instancePath+"/attempts/" + i0+"/next_retry_at",schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/properties/next_retry_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
}
else {
const err53 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"https://weverlabs.com/schemas/callback-delivery-attempt.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.next_retry_at !== undefined){
let data21 = data.next_retry_at;
if((typeof data21 !== "string") && (data21 !== null)){
const err55 = {instancePath:instancePath+"/next_retry_at",schemaPath:"#/properties/next_retry_at/type",keyword:"type",params:{type: schema45.properties.next_retry_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
const err56 = {instancePath:instancePath+"/next_retry_at",schemaPath:"#/properties/next_retry_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data.disabled !== undefined){
if(typeof data.disabled !== "boolean"){
const err57 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCallbackDeliveryAttempt = validate29;

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/callback-delivery-attempt.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outcome !== undefined){
if("delivered" !== data.outcome){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.http_status === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "http_status"},message:"must have required property '"+"http_status"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.http_status !== undefined){
let data1 = data.http_status;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/http_status",schemaPath:"#/then/properties/http_status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 299 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/http_status",schemaPath:"#/then/properties/http_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 299},message:"must be <= 299"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 200 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/http_status",schemaPath:"#/then/properties/http_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 200},message:"must be >= 200"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.http_status = true;
props0.outcome = true;
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attempt_number === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attempt_number"},message:"must have required property '"+"attempt_number"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.webhook_id === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "webhook_id"},message:"must have required property '"+"webhook_id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.attempted_at === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attempted_at"},message:"must have required property '"+"attempted_at"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.webhook_timestamp === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "webhook_timestamp"},message:"must have required property '"+"webhook_timestamp"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.trigger === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.outcome === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.attempt_number !== undefined){
let data2 = data.attempt_number;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/attempt_number",schemaPath:"#/properties/attempt_number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/attempt_number",schemaPath:"#/properties/attempt_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.webhook_id !== undefined){
let data3 = data.webhook_id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/webhook_id",schemaPath:"#/properties/webhook_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/webhook_id",schemaPath:"#/properties/webhook_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.attempted_at !== undefined){
let data4 = data.attempted_at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err16 = {instancePath:instancePath+"/attempted_at",schemaPath:"#/properties/attempted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/attempted_at",schemaPath:"#/properties/attempted_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.webhook_timestamp !== undefined){
let data5 = data.webhook_timestamp;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/webhook_timestamp",schemaPath:"#/properties/webhook_timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/webhook_timestamp",schemaPath:"#/properties/webhook_timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.trigger !== undefined){
let data6 = data.trigger;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data6 === "scheduled") || (data6 === "manual"))){
const err21 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/enum",keyword:"enum",params:{allowedValues: schema47.properties.trigger.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.outcome !== undefined){
let data7 = data.outcome;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data7 === "delivered") || (data7 === "failed"))){
const err23 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema47.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.http_status !== undefined){
let data8 = data.http_status;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err24 = {instancePath:instancePath+"/http_status",schemaPath:"#/properties/http_status/type",keyword:"type",params:{type: schema47.properties.http_status.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 599 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/http_status",schemaPath:"#/properties/http_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 < 100 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/http_status",schemaPath:"#/properties/http_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.error !== undefined){
let data9 = data.error;
if((typeof data9 !== "string") && (data9 !== null)){
const err27 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema47.properties.error.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((((((data9 === "timeout") || (data9 === "connection_error")) || (data9 === "redirect_not_followed")) || (data9 === "http_error")) || (data9 === "gone")) || (data9 === null))){
const err28 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema47.properties.error.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.retry_after_seconds !== undefined){
let data10 = data.retry_after_seconds;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err29 = {instancePath:instancePath+"/retry_after_seconds",schemaPath:"#/properties/retry_after_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err30 = {instancePath:instancePath+"/retry_after_seconds",schemaPath:"#/properties/retry_after_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.next_retry_at !== undefined){
let data11 = data.next_retry_at;
if((typeof data11 !== "string") && (data11 !== null)){
const err31 = {instancePath:instancePath+"/next_retry_at",schemaPath:"#/properties/next_retry_at/type",keyword:"type",params:{type: schema47.properties.next_retry_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err32 = {instancePath:instancePath+"/next_retry_at",schemaPath:"#/properties/next_retry_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCallbackPayload = validate30;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/callback-payload.schema.json","title":"Callback Payload","description":"The body of the signed callback POSTed to a run's callback_url, also served at /tasks/{token}/callback-payload. It keeps the published fields; the kit adds the optional `task_token`, `result_package_hash` and `result_contract_url` so the receiver can fetch and verify the result from the callback alone. The payload is fixed when the run reaches callback_ready: attempt metadata is not in the body, so every attempt sends the same bytes (a host that includes `delivery` freezes it at that moment).","type":"object","required":["payload_type","event_type","work_order_id","agent_task_run_id","requested_tool","result_status","result_url","issued_at"],"additionalProperties":true,"properties":{"payload_type":{"type":"string","const":"agent_callback_payload"},"event_type":{"type":"string","enum":["task_result_ready","task_result_partial","task_result_failed","task_result_delivered","receipt_issued"]},"work_order_id":{"type":"string","minLength":1},"agent_task_run_id":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"result_status":{"type":"string","enum":["ready","partial","failed","delivered"]},"result_url":{"type":"string","format":"uri"},"receipt_url":{"type":"string","format":"uri","description":"The run's usage receipt."},"usage_receipt":{"$ref":"https://weverlabs.com/schemas/usage-receipt.schema.json"},"result_package":{"$ref":"https://weverlabs.com/schemas/result-package.schema.json"},"delivery":{"type":"object","required":["callback_status","attempt_count"],"additionalProperties":true,"properties":{"callback_status":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status"},"attempt_count":{"type":"integer","minimum":0}}},"task_token":{"type":"string","minLength":1,"description":"Kit addition: the run's status token."},"result_package_hash":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$","description":"Kit addition: the attestation's result_package_hash."},"result_contract_url":{"type":"string","format":"uri","description":"Kit addition: the run's Agent Result Contract."},"issued_at":{"type":"string","format":"date-time"}}};
const schema51 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/usage-receipt.schema.json","title":"Usage Receipt","description":"Record of the credits one run consumed, issued when the run reaches receipt_issued and served at GET /api/agents/receipts/{receipt_id}. The published receipt exists for one tool (tokenops_usage_receipt); the kit generalises it to every tool (`<tool>_usage_receipt`), makes `meter_units`, `settlement_reference` and `settlement_receipt_url` required so the usage receipt always names the settlement receipt that funded it, types every amount as an integer, and forbids funding fields (settlement_status, top-level credits_funded).","type":"object","required":["receipt_id","receipt_type","operating_tool","work_order_id","agent_task_run_id","requested_tool","credits_debited","remaining_credits","meter_units","result_status","settlement_reference","settlement_receipt_url","issued_at"],"additionalProperties":true,"properties":{"receipt_id":{"type":"string","minLength":1},"receipt_type":{"type":"string","pattern":"^[a-z_]+_usage_receipt$","description":"`<operating tool>_usage_receipt`, e.g. tokenops_usage_receipt."},"operating_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"work_order_id":{"type":"string","minLength":1},"agent_task_run_id":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"credits_debited":{"type":"integer","minimum":0,"description":"Credits the run consumed in total, across replays."},"remaining_credits":{"type":"integer","minimum":0,"description":"The entitlement's remaining credits when the receipt was issued."},"meter_units":{"type":"integer","minimum":0},"result_status":{"$ref":"https://weverlabs.com/schemas/callback-payload.schema.json#/properties/result_status"},"settlement_reference":{"type":"string","minLength":1,"description":"The receipt_id of the settlement receipt that funded the credits."},"settlement_receipt_url":{"type":"string","format":"uri"},"payment_request_reference":{"type":"string"},"credit_ledger_entry":{"type":"object","required":["ledger_entry_id","credits_debited","remaining_credits"],"additionalProperties":true,"properties":{"ledger_entry_id":{"type":"string","minLength":1},"agent_account_id":{"type":"string"},"credits_funded":{"type":"integer","minimum":0},"credits_debited":{"type":"integer","minimum":0},"remaining_credits":{"type":"integer","minimum":0},"currency_or_unit":{"type":"string"}}},"issued_at":{"type":"string","format":"date-time"}},"not":{"description":"A usage receipt records consumption only: no funding field.","anyOf":[{"required":["settlement_status"]},{"required":["credits_funded"]}]}};
const schema54 = {"type":"string","enum":["ready","partial","failed","delivered"]};
const pattern5 = new RegExp("^[a-z_]+_usage_receipt$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/usage-receipt.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.settlement_status === undefined) && (missing0 = "settlement_status")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.credits_funded === undefined) && (missing1 = "credits_funded")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err3 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.receipt_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receipt_id"},message:"must have required property '"+"receipt_id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.receipt_type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receipt_type"},message:"must have required property '"+"receipt_type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.operating_tool === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operating_tool"},message:"must have required property '"+"operating_tool"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.work_order_id === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "work_order_id"},message:"must have required property '"+"work_order_id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.requested_tool === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.credits_debited === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits_debited"},message:"must have required property '"+"credits_debited"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.remaining_credits === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "remaining_credits"},message:"must have required property '"+"remaining_credits"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.meter_units === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meter_units"},message:"must have required property '"+"meter_units"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.result_status === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_status"},message:"must have required property '"+"result_status"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.settlement_reference === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settlement_reference"},message:"must have required property '"+"settlement_reference"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.settlement_receipt_url === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settlement_receipt_url"},message:"must have required property '"+"settlement_receipt_url"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.issued_at === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issued_at"},message:"must have required property '"+"issued_at"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.receipt_id !== undefined){
let data0 = data.receipt_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err17 = {instancePath:instancePath+"/receipt_id",schemaPath:"#/properties/receipt_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/receipt_id",schemaPath:"#/properties/receipt_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.receipt_type !== undefined){
let data1 = data.receipt_type;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err19 = {instancePath:instancePath+"/receipt_type",schemaPath:"#/properties/receipt_type/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+_usage_receipt$"},message:"must match pattern \""+"^[a-z_]+_usage_receipt$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/receipt_type",schemaPath:"#/properties/receipt_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.operating_tool !== undefined){
let data2 = data.operating_tool;
if(typeof data2 !== "string"){
const err21 = {instancePath:instancePath+"/operating_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((data2 === "packetops") || (data2 === "distributionops")) || (data2 === "tokenops")) || (data2 === "wever_labs_os"))){
const err22 = {instancePath:instancePath+"/operating_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.work_order_id !== undefined){
let data3 = data.work_order_id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err23 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data4 = data.agent_task_run_id;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err25 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data5 = data.requested_tool;
if(typeof data5 !== "string"){
const err27 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((((data5 === "packetops") || (data5 === "distributionops")) || (data5 === "tokenops")) || (data5 === "wever_labs_os"))){
const err28 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.credits_debited !== undefined){
let data6 = data.credits_debited;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err29 = {instancePath:instancePath+"/credits_debited",schemaPath:"#/properties/credits_debited/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err30 = {instancePath:instancePath+"/credits_debited",schemaPath:"#/properties/credits_debited/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.remaining_credits !== undefined){
let data7 = data.remaining_credits;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err31 = {instancePath:instancePath+"/remaining_credits",schemaPath:"#/properties/remaining_credits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err32 = {instancePath:instancePath+"/remaining_credits",schemaPath:"#/properties/remaining_credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.meter_units !== undefined){
let data8 = data.meter_units;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err33 = {instancePath:instancePath+"/meter_units",schemaPath:"#/properties/meter_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err34 = {instancePath:instancePath+"/meter_units",schemaPath:"#/properties/meter_units/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data.result_status !== undefined){
let data9 = data.result_status;
if(typeof data9 !== "string"){
const err35 = {instancePath:instancePath+"/result_status",schemaPath:"https://weverlabs.com/schemas/callback-payload.schema.json#/properties/result_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data9 === "ready") || (data9 === "partial")) || (data9 === "failed")) || (data9 === "delivered"))){
const err36 = {instancePath:instancePath+"/result_status",schemaPath:"https://weverlabs.com/schemas/callback-payload.schema.json#/properties/result_status/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.settlement_reference !== undefined){
let data10 = data.settlement_reference;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err37 = {instancePath:instancePath+"/settlement_reference",schemaPath:"#/properties/settlement_reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/settlement_reference",schemaPath:"#/properties/settlement_reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.settlement_receipt_url !== undefined){
let data11 = data.settlement_receipt_url;
if(typeof data11 === "string"){
if(!(formats2(data11))){
const err39 = {instancePath:instancePath+"/settlement_receipt_url",schemaPath:"#/properties/settlement_receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/settlement_receipt_url",schemaPath:"#/properties/settlement_receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.payment_request_reference !== undefined){
if(typeof data.payment_request_reference !== "string"){
const err41 = {instancePath:instancePath+"/payment_request_reference",schemaPath:"#/properties/payment_request_reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.credit_ledger_entry !== undefined){
let data13 = data.credit_ledger_entry;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.ledger_entry_id === undefined){
const err42 = {instancePath:instancePath+"/credit_ledger_entry",schemaPath:"#/properties/credit_ledger_entry/required",keyword:"required",params:{missingProperty: "ledger_entry_id"},message:"must have required property '"+"ledger_entry_id"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data13.credits_debited === undefined){
const err43 = {instancePath:instancePath+"/credit_ledger_entry",schemaPath:"#/properties/credit_ledger_entry/required",keyword:"required",params:{missingProperty: "credits_debited"},message:"must have required property '"+"credits_debited"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13.remaining_credits === undefined){
const err44 = {instancePath:instancePath+"/credit_ledger_entry",schemaPath:"#/properties/credit_ledger_entry/required",keyword:"required",params:{missingProperty: "remaining_credits"},message:"must have required property '"+"remaining_credits"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data13.ledger_entry_id !== undefined){
let data14 = data13.ledger_entry_id;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err45 = {instancePath:instancePath+"/credit_ledger_entry/ledger_entry_id",schemaPath:"#/properties/credit_ledger_entry/properties/ledger_entry_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/credit_ledger_entry/ledger_entry_id",schemaPath:"#/properties/credit_ledger_entry/properties/ledger_entry_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data13.agent_account_id !== undefined){
if(typeof data13.agent_account_id !== "string"){
const err47 = {instancePath:instancePath+"/credit_ledger_entry/agent_account_id",schemaPath:"#/properties/credit_ledger_entry/properties/agent_account_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.credits_funded !== undefined){
let data16 = data13.credits_funded;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err48 = {instancePath:instancePath+"/credit_ledger_entry/credits_funded",schemaPath:"#/properties/credit_ledger_entry/properties/credits_funded/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err49 = {instancePath:instancePath+"/credit_ledger_entry/credits_funded",schemaPath:"#/properties/credit_ledger_entry/properties/credits_funded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data13.credits_debited !== undefined){
let data17 = data13.credits_debited;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err50 = {instancePath:instancePath+"/credit_ledger_entry/credits_debited",schemaPath:"#/properties/credit_ledger_entry/properties/credits_debited/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err51 = {instancePath:instancePath+"/credit_ledger_entry/credits_debited",schemaPath:"#/properties/credit_ledger_entry/properties/credits_debited/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data13.remaining_credits !== undefined){
let data18 = data13.remaining_credits;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err52 = {instancePath:instancePath+"/credit_ledger_entry/remaining_credits",schemaPath:"#/properties/credit_ledger_entry/properties/remaining_credits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err53 = {instancePath:instancePath+"/credit_ledger_entry/remaining_credits",schemaPath:"#/properties/credit_ledger_entry/properties/remaining_credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data13.currency_or_unit !== undefined){
if(typeof data13.currency_or_unit !== "string"){
const err54 = {instancePath:instancePath+"/credit_ledger_entry/currency_or_unit",schemaPath:"#/properties/credit_ledger_entry/properties/currency_or_unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/credit_ledger_entry",schemaPath:"#/properties/credit_ledger_entry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.issued_at !== undefined){
let data20 = data.issued_at;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err56 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/result-package.schema.json","title":"Result Package","description":"The document served at a run's result_url once the result is packaged (409 result-not-ready before). Designed by the kit (the published system only names it): an envelope naming the run and tool around the tool's outputs. The attestation's result_package_hash is the digest of exactly this document as served, so it never changes once issued.","type":"object","required":["object_type","agent_task_run_id","requested_tool","evidence_status","outputs","produced_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_result_package"},"agent_task_run_id":{"type":"string","minLength":1},"work_order_id":{"type":"string"},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"evidence_status":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status"},"outputs":{"type":"object","description":"What the tool produced; for a scripted run, the script's result_package verbatim."},"produced_at":{"type":"string","format":"date-time"},"result_subtype":{"type":"string","description":"On a failure result, why it failed: error_max_structured_output_retries (SPEC.md §6.2, §15.3)."}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/result-package.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.requested_tool === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.evidence_status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence_status"},message:"must have required property '"+"evidence_status"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.outputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.produced_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "produced_at"},message:"must have required property '"+"produced_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("agent_result_package" !== data0){
const err7 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_result_package"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data1 = data.agent_task_run_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.work_order_id !== undefined){
if(typeof data.work_order_id !== "string"){
const err10 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data3 = data.requested_tool;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data3 === "packetops") || (data3 === "distributionops")) || (data3 === "tokenops")) || (data3 === "wever_labs_os"))){
const err12 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.evidence_status !== undefined){
let data4 = data.evidence_status;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data4 === "sufficient") || (data4 === "partial")) || (data4 === "insufficient")) || (data4 === "unknown"))){
const err14 = {instancePath:instancePath+"/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.outputs !== undefined){
let data5 = data.outputs;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err15 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.produced_at !== undefined){
let data6 = data.produced_at;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err16 = {instancePath:instancePath+"/produced_at",schemaPath:"#/properties/produced_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/produced_at",schemaPath:"#/properties/produced_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.result_subtype !== undefined){
if(typeof data.result_subtype !== "string"){
const err18 = {instancePath:instancePath+"/result_subtype",schemaPath:"#/properties/result_subtype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/callback-payload.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payload_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payload_type"},message:"must have required property '"+"payload_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.event_type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.work_order_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "work_order_id"},message:"must have required property '"+"work_order_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.requested_tool === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.result_status === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_status"},message:"must have required property '"+"result_status"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.result_url === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_url"},message:"must have required property '"+"result_url"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.issued_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issued_at"},message:"must have required property '"+"issued_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.payload_type !== undefined){
let data0 = data.payload_type;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/payload_type",schemaPath:"#/properties/payload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("agent_callback_payload" !== data0){
const err9 = {instancePath:instancePath+"/payload_type",schemaPath:"#/properties/payload_type/const",keyword:"const",params:{allowedValue: "agent_callback_payload"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.event_type !== undefined){
let data1 = data.event_type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data1 === "task_result_ready") || (data1 === "task_result_partial")) || (data1 === "task_result_failed")) || (data1 === "task_result_delivered")) || (data1 === "receipt_issued"))){
const err11 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/enum",keyword:"enum",params:{allowedValues: schema49.properties.event_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.work_order_id !== undefined){
let data2 = data.work_order_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data3 = data.agent_task_run_id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data4 = data.requested_tool;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((data4 === "packetops") || (data4 === "distributionops")) || (data4 === "tokenops")) || (data4 === "wever_labs_os"))){
const err17 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.result_status !== undefined){
let data5 = data.result_status;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/result_status",schemaPath:"#/properties/result_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((data5 === "ready") || (data5 === "partial")) || (data5 === "failed")) || (data5 === "delivered"))){
const err19 = {instancePath:instancePath+"/result_status",schemaPath:"#/properties/result_status/enum",keyword:"enum",params:{allowedValues: schema49.properties.result_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.result_url !== undefined){
let data6 = data.result_url;
if(typeof data6 === "string"){
if(!(formats2(data6))){
const err20 = {instancePath:instancePath+"/result_url",schemaPath:"#/properties/result_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/result_url",schemaPath:"#/properties/result_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.receipt_url !== undefined){
let data7 = data.receipt_url;
if(typeof data7 === "string"){
if(!(formats2(data7))){
const err22 = {instancePath:instancePath+"/receipt_url",schemaPath:"#/properties/receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/receipt_url",schemaPath:"#/properties/receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.usage_receipt !== undefined){
if(!(validate31(data.usage_receipt, {instancePath:instancePath+"/usage_receipt",parentData:data,parentDataProperty:"usage_receipt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.result_package !== undefined){
if(!(validate33(data.result_package, {instancePath:instancePath+"/result_package",parentData:data,parentDataProperty:"result_package",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.delivery !== undefined){
let data10 = data.delivery;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.callback_status === undefined){
const err24 = {instancePath:instancePath+"/delivery",schemaPath:"#/properties/delivery/required",keyword:"required",params:{missingProperty: "callback_status"},message:"must have required property '"+"callback_status"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.attempt_count === undefined){
const err25 = {instancePath:instancePath+"/delivery",schemaPath:"#/properties/delivery/required",keyword:"required",params:{missingProperty: "attempt_count"},message:"must have required property '"+"attempt_count"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.callback_status !== undefined){
let data11 = data10.callback_status;
if(typeof data11 !== "string"){
const err26 = {instancePath:instancePath+"/delivery/callback_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((((((data11 === "not_required") || (data11 === "pending")) || (data11 === "ready")) || (data11 === "delivered")) || (data11 === "retrying")) || (data11 === "failed"))){
const err27 = {instancePath:instancePath+"/delivery/callback_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.attempt_count !== undefined){
let data12 = data10.attempt_count;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err28 = {instancePath:instancePath+"/delivery/attempt_count",schemaPath:"#/properties/delivery/properties/attempt_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/delivery/attempt_count",schemaPath:"#/properties/delivery/properties/attempt_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/delivery",schemaPath:"#/properties/delivery/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.task_token !== undefined){
let data13 = data.task_token;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err31 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.result_package_hash !== undefined){
let data14 = data.result_package_hash;
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err33 = {instancePath:instancePath+"/result_package_hash",schemaPath:"#/properties/result_package_hash/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/result_package_hash",schemaPath:"#/properties/result_package_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.result_contract_url !== undefined){
let data15 = data.result_contract_url;
if(typeof data15 === "string"){
if(!(formats2(data15))){
const err35 = {instancePath:instancePath+"/result_contract_url",schemaPath:"#/properties/result_contract_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/result_contract_url",schemaPath:"#/properties/result_contract_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.issued_at !== undefined){
let data16 = data.issued_at;
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err37 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateClockAdvanceRequest = validate35;
const schema59 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/clock-advance-request.schema.json","title":"Clock Advance Request","description":"Designed by the kit: body of POST /api/agents/_seams/clock/advance. The host moves its clock forward by `ms`, performs all work due up to the new time in due order, each at its own due time, and answers when that work is done.","type":"object","required":["ms"],"additionalProperties":true,"properties":{"ms":{"type":"integer","minimum":1,"maximum":10000000000},"until_at_rest":{"type":"string","minLength":1,"description":"Protocol 1.1, for a host declaring seams.test_clock.advance_until_rest: the status token of a run; the advance stops right after the work that leaves that run at rest (closed, failed, paused, or its callback given up), at that work's due time, or after `ms` (SPEC.md §13.2)."},"to_next_due":{"type":"boolean","description":"Protocol 1.1, for a host declaring seams.test_clock.advance_to_next_due: true stops the advance right after the work due at the first due time it reaches, heartbeat pulses aside, with `now` at that time; with nothing due within `ms` it advances the whole `ms` (SPEC.md §13.2)."},"reads":{"type":"array","maxItems":16,"items":{"type":"string","pattern":"^/","maxLength":2048},"description":"Protocol 1.1, for a host declaring seams.test_clock.advance_reads: paths of GET endpoints relative to the API base (`/tasks/{token}/ledger`); the answer carries, per path and in order, what a GET of it with the same credentials answers once the advance's work is done (SPEC.md §13.2)."},"reads_before":{"type":"array","maxItems":16,"items":{"type":"string","pattern":"^/","maxLength":2048},"description":"Protocol 1.1, as `reads`, but answered as a GET answers when the advance begins, before it performs any work (SPEC.md §13.2)."}}};
const pattern7 = new RegExp("^/", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/clock-advance-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ms"},message:"must have required property '"+"ms"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ms !== undefined){
let data0 = data.ms;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/ms",schemaPath:"#/properties/ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 10000000000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/ms",schemaPath:"#/properties/ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/ms",schemaPath:"#/properties/ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.until_at_rest !== undefined){
let data1 = data.until_at_rest;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/until_at_rest",schemaPath:"#/properties/until_at_rest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/until_at_rest",schemaPath:"#/properties/until_at_rest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.to_next_due !== undefined){
if(typeof data.to_next_due !== "boolean"){
const err6 = {instancePath:instancePath+"/to_next_due",schemaPath:"#/properties/to_next_due/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reads !== undefined){
let data3 = data.reads;
if(Array.isArray(data3)){
if(data3.length > 16){
const err7 = {instancePath:instancePath+"/reads",schemaPath:"#/properties/reads/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 2048){
const err8 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/properties/reads/items/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern7.test(data4)){
const err9 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/properties/reads/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/properties/reads/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/reads",schemaPath:"#/properties/reads/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.reads_before !== undefined){
let data5 = data.reads_before;
if(Array.isArray(data5)){
if(data5.length > 16){
const err12 = {instancePath:instancePath+"/reads_before",schemaPath:"#/properties/reads_before/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func1(data6) > 2048){
const err13 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/properties/reads_before/items/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern7.test(data6)){
const err14 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/properties/reads_before/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/properties/reads_before/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/reads_before",schemaPath:"#/properties/reads_before/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateClockState = validate36;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/clock-state.schema.json","title":"Clock State","description":"Designed by the kit: the test_clock seam's reading of host time, served at GET /api/agents/_seams/clock and by POST /api/agents/_seams/clock/advance. Host time moves only through the seam, so the kit tests retry schedules, stuck thresholds and key lifetimes without waiting.","type":"object","required":["now","now_ms"],"additionalProperties":true,"properties":{"now":{"type":"string","format":"date-time"},"now_ms":{"type":"integer","minimum":0,"description":"The same instant in Unix milliseconds."},"next_due_at":{"type":["string","null"],"format":"date-time","description":"Protocol 1.1, optional: the host time at which the earliest work still pending on this clock falls due, heartbeat pulses aside (a runner phase, a callback attempt, a stuck check); null when none is pending (SPEC.md §13.2)."},"reads":{"$ref":"#/$defs/reads","description":"Protocol 1.1: in the answer to an advance that named `reads`, one entry per path in the order asked: what a GET of that path with the advance's credentials answers once the advance's work is done (SPEC.md §13.2)."},"reads_before":{"$ref":"#/$defs/reads","description":"Protocol 1.1: in the answer to an advance that named `reads_before`, one entry per path in the order asked: what a GET of that path with the advance's credentials answered when the advance began, before any of its work (SPEC.md §13.2)."}},"$defs":{"reads":{"type":"array","maxItems":16,"items":{"type":"object","required":["path","status","content_type","body"],"additionalProperties":true,"properties":{"path":{"type":"string","pattern":"^/","description":"The path as the advance request named it."},"status":{"type":"integer","minimum":100,"maximum":599,"description":"The HTTP status the GET answers."},"content_type":{"type":"string","description":"The Content-Type the GET answers; empty when it sends none."},"body":{"type":"string","description":"The body the GET answers, as text."}}}}}};
const schema61 = {"type":"array","maxItems":16,"items":{"type":"object","required":["path","status","content_type","body"],"additionalProperties":true,"properties":{"path":{"type":"string","pattern":"^/","description":"The path as the advance request named it."},"status":{"type":"integer","minimum":100,"maximum":599,"description":"The HTTP status the GET answers."},"content_type":{"type":"string","description":"The Content-Type the GET answers; empty when it sends none."},"body":{"type":"string","description":"The body the GET answers, as text."}}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/clock-state.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.now === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "now"},message:"must have required property '"+"now"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.now_ms === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "now_ms"},message:"must have required property '"+"now_ms"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.now !== undefined){
let data0 = data.now;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/now",schemaPath:"#/properties/now/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/now",schemaPath:"#/properties/now/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.now_ms !== undefined){
let data1 = data.now_ms;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/now_ms",schemaPath:"#/properties/now_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/now_ms",schemaPath:"#/properties/now_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.next_due_at !== undefined){
let data2 = data.next_due_at;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/next_due_at",schemaPath:"#/properties/next_due_at/type",keyword:"type",params:{type: schema60.properties.next_due_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err7 = {instancePath:instancePath+"/next_due_at",schemaPath:"#/properties/next_due_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.reads !== undefined){
let data3 = data.reads;
if(Array.isArray(data3)){
if(data3.length > 16){
const err8 = {instancePath:instancePath+"/reads",schemaPath:"#/$defs/reads/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.path === undefined){
const err9 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.status === undefined){
const err10 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.content_type === undefined){
const err11 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "content_type"},message:"must have required property '"+"content_type"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.body === undefined){
const err12 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.path !== undefined){
let data5 = data4.path;
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
const err13 = {instancePath:instancePath+"/reads/" + i0+"/path",schemaPath:"#/$defs/reads/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/reads/" + i0+"/path",schemaPath:"#/$defs/reads/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.status !== undefined){
let data6 = data4.status;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/reads/" + i0+"/status",schemaPath:"#/$defs/reads/items/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 599 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/reads/" + i0+"/status",schemaPath:"#/$defs/reads/items/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6 < 100 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/reads/" + i0+"/status",schemaPath:"#/$defs/reads/items/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data4.content_type !== undefined){
if(typeof data4.content_type !== "string"){
const err18 = {instancePath:instancePath+"/reads/" + i0+"/content_type",schemaPath:"#/$defs/reads/items/properties/content_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.body !== undefined){
if(typeof data4.body !== "string"){
const err19 = {instancePath:instancePath+"/reads/" + i0+"/body",schemaPath:"#/$defs/reads/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/reads/" + i0,schemaPath:"#/$defs/reads/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/reads",schemaPath:"#/$defs/reads/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.reads_before !== undefined){
let data9 = data.reads_before;
if(Array.isArray(data9)){
if(data9.length > 16){
const err22 = {instancePath:instancePath+"/reads_before",schemaPath:"#/$defs/reads/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.path === undefined){
const err23 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10.status === undefined){
const err24 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.content_type === undefined){
const err25 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "content_type"},message:"must have required property '"+"content_type"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.body === undefined){
const err26 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/$defs/reads/items/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10.path !== undefined){
let data11 = data10.path;
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
const err27 = {instancePath:instancePath+"/reads_before/" + i1+"/path",schemaPath:"#/$defs/reads/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/reads_before/" + i1+"/path",schemaPath:"#/$defs/reads/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.status !== undefined){
let data12 = data10.status;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err29 = {instancePath:instancePath+"/reads_before/" + i1+"/status",schemaPath:"#/$defs/reads/items/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 599 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/reads_before/" + i1+"/status",schemaPath:"#/$defs/reads/items/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data12 < 100 || isNaN(data12)){
const err31 = {instancePath:instancePath+"/reads_before/" + i1+"/status",schemaPath:"#/$defs/reads/items/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data10.content_type !== undefined){
if(typeof data10.content_type !== "string"){
const err32 = {instancePath:instancePath+"/reads_before/" + i1+"/content_type",schemaPath:"#/$defs/reads/items/properties/content_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.body !== undefined){
if(typeof data10.body !== "string"){
const err33 = {instancePath:instancePath+"/reads_before/" + i1+"/body",schemaPath:"#/$defs/reads/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/reads_before/" + i1,schemaPath:"#/$defs/reads/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/reads_before",schemaPath:"#/$defs/reads/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateConformanceBaseline = validate37;
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/conformance-baseline.schema.json","title":"Conformance Baseline","description":"Designed by the kit: the known-failures file of `agent-task-kit run --baseline FILE`, which lets an implementer adopt the kit gradually. A failed scenario whose every failed rule is listed does not fail the run; a listed rule that passes fails the run as stale, so the file only ever shrinks. Every listed id must also be a rule of the registry (spec/rules.json), which the run command checks.","type":"object","required":["known_failures"],"additionalProperties":false,"properties":{"$schema":{"type":"string","minLength":1,"description":"Where editors find this schema, e.g. node_modules/agent-task-kit/schemas/conformance-baseline.schema.json. Ignored by the kit."},"known_failures":{"type":"array","uniqueItems":true,"description":"Ids of the rules whose failures are known and accepted for now, each listed once.","items":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId"}}}};
const schema66 = {"type":"string","pattern":"^[A-Z]+(-[A-Z0-9]+)+$","description":"Stable rule id: the area, then words, e.g. LEDGER-HASH-LINK."};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern12 = new RegExp("^[A-Z]+(-[A-Z0-9]+)+$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/conformance-baseline.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.known_failures === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "known_failures"},message:"must have required property '"+"known_failures"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "known_failures"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.known_failures !== undefined){
let data1 = data.known_failures;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err4 = {instancePath:instancePath+"/known_failures/" + i0,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+(-[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z]+(-[A-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/known_failures/" + i0,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err6 = {instancePath:instancePath+"/known_failures",schemaPath:"#/properties/known_failures/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/known_failures",schemaPath:"#/properties/known_failures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateConformanceReport = validate39;
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/conformance-report.schema.json","title":"Conformance Report","description":"Designed by the kit: its JSON report of one run against a host. Every scenario and every rule of the registry gets a disposition (pass, fail, inapplicable, blocked; rules also untested), every failure names its rule, expected and observed values and the request transcript, and a baseline of known failures is reported with its stale entries.","type":"object","required":["report_version","kit","spec_version","host_url","capabilities_digest","started_at","finished_at","wall_time_ms","exchanges","faults","verdict","summary","scenarios","rules"],"additionalProperties":true,"properties":{"report_version":{"type":"string","const":"1.0"},"kit":{"type":"object","required":["name","version"],"additionalProperties":true,"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string","minLength":1}}},"spec_version":{"type":"string","minLength":1},"host_url":{"type":"string","format":"uri"},"capabilities_digest":{"type":["string","null"],"pattern":"^sha256:[0-9a-f]{64}$","description":"Digest of the capabilities document the run used; null when it could not be read."},"started_at":{"type":"string","format":"date-time"},"finished_at":{"type":"string","format":"date-time"},"wall_time_ms":{"type":"number","minimum":0},"exchanges":{"$ref":"#/$defs/count","description":"HTTP exchanges of the whole run with the host: every scenario's plus the kit's own discovery requests."},"verdict":{"type":"object","description":"The run's outcome, as its exit code says: fail exactly when there is at least one problem; incomplete when nothing failed but something could not be observed.","required":["status","exit_code","problems","unobserved"],"additionalProperties":true,"properties":{"status":{"type":"string","enum":["pass","fail","incomplete"],"description":"pass: everything run was observed and passed; fail: a host answer broke a rule, the baseline is stale or a required level was not reached; incomplete: nothing failed, but a scenario was blocked or the run stopped early."},"exit_code":{"type":"integer","enum":[0,1,3],"description":"The exit code of `agent-task-kit run` for this verdict."},"problems":{"type":"array","description":"Why the run fails: scenarios failed outside the baseline, stale baseline entries, an invalid capabilities document, blocked scenarios under --strict, a required level not reached.","items":{"type":"string","minLength":1}},"unobserved":{"type":"array","description":"What the run could not observe: blocked scenarios (also when accepted with --allow-blocked), an early stop.","items":{"type":"string","minLength":1}}},"allOf":[{"if":{"properties":{"status":{"const":"fail"}}},"then":{"properties":{"problems":{"type":"array","minItems":1},"exit_code":{"const":1}}},"else":{"properties":{"problems":{"type":"array","maxItems":0}}}},{"if":{"properties":{"status":{"const":"incomplete"}}},"then":{"properties":{"unobserved":{"type":"array","minItems":1},"exit_code":{"const":3}}}},{"if":{"properties":{"status":{"const":"pass"}}},"then":{"properties":{"exit_code":{"const":0}}}}]},"conformance":{"type":"object","description":"The conformance level (SPEC.md §13.6) the host offers and reached, and how many of the MUST rules that apply to it the run tested; every untested one is listed with why.","required":["offered_level","reached_level","required_level","must_rules","tested","complete","need_higher_level","not_tested","not_applicable"],"additionalProperties":true,"properties":{"offered_level":{"$ref":"#/$defs/levelOrNull","description":"The highest level whose seams the host declares; null without a capabilities document."},"reached_level":{"$ref":"#/$defs/levelOrNull","description":"The highest offered level at and below which no MUST rule failed; null when a core MUST rule failed."},"required_level":{"$ref":"#/$defs/levelOrNull","description":"The level --require-level asked for; null without it."},"must_rules":{"type":"integer","minimum":0,"description":"MUST rules that apply to the host: all but those of optional areas it does not declare."},"tested":{"type":"array","items":{"type":"string"},"description":"Applicable MUST rules a scenario passed or failed."},"complete":{"type":"boolean","description":"True when every applicable MUST rule was tested; only then does the console say a bare PASS."},"need_higher_level":{"type":"array","items":{"$ref":"#/$defs/untestedRule"}},"not_tested":{"type":"array","items":{"$ref":"#/$defs/untestedRule"}},"not_applicable":{"type":"array","items":{"type":"string"}}}},"summary":{"type":"object","required":["scenarios","rules","assertions"],"additionalProperties":true,"properties":{"scenarios":{"type":"object","required":["pass","fail","inapplicable","blocked"],"additionalProperties":true,"properties":{"pass":{"$ref":"#/$defs/count"},"fail":{"$ref":"#/$defs/count"},"inapplicable":{"$ref":"#/$defs/count"},"blocked":{"$ref":"#/$defs/count"}}},"rules":{"type":"object","required":["pass","fail","inapplicable","blocked","untested"],"additionalProperties":true,"properties":{"pass":{"$ref":"#/$defs/count"},"fail":{"$ref":"#/$defs/count"},"inapplicable":{"$ref":"#/$defs/count"},"blocked":{"$ref":"#/$defs/count"},"untested":{"$ref":"#/$defs/count"}}},"assertions":{"$ref":"#/$defs/count","description":"Rule-citing assertions made, summed over every scenario."}}},"scenarios":{"type":"array","items":{"type":"object","required":["id","file","title","area","rules","requires","disposition","reason","assertions","duration_ms","exchanges","failures"],"additionalProperties":true,"properties":{"id":{"$ref":"#/$defs/scenarioId"},"file":{"type":"string","minLength":1,"description":"The scenario's TypeScript source in the kit's repository, e.g. scenarios/ledger-hash-link.test.ts (the package ships it compiled)."},"title":{"type":"string","minLength":1},"area":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/area"},"rules":{"type":"array","minItems":1,"items":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId"}},"requires":{"type":"array","description":"Capability paths the host must declare for the scenario to apply; an undeclared one makes it inapplicable.","items":{"type":"string","enum":["callbacks","replay","queue_monitor","idempotency","agent_runtime","attestation_statement","seams","seams.test_clock","seams.scripted_runs","seams.tenants"]}},"disposition":{"type":"string","enum":["pass","fail","inapplicable","blocked"]},"reason":{"type":["string","null"],"description":"Why the scenario was inapplicable, blocked or failed; null on pass."},"assertions":{"type":"integer","minimum":0},"duration_ms":{"type":"number","minimum":0},"exchanges":{"$ref":"#/$defs/count","description":"HTTP exchanges the scenario made with the host; callback deliveries to the kit are not counted."},"cases_left_out":{"type":"array","minItems":1,"description":"Cases the scenario left out because the host lacks what they need, each naming the capability (SPEC.md §13.6), or a wait for time to pass that did not fit the time budget (§13.7); a pass rests on what ran. Absent when nothing was left out.","items":{"type":"string","minLength":1}},"failures":{"type":"array","items":{"type":"object","required":["rule","text","what","expected","observed","transcript"],"additionalProperties":true,"properties":{"rule":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId"},"text":{"type":"string","description":"The rule's text from the registry."},"what":{"type":"string","minLength":1,"description":"What the failed assertion checked."},"expected":{"type":"string","description":"What the rule required, rendered (JSON where the value is data)."},"observed":{"type":"string","description":"What the host did, rendered (JSON where the value is data)."},"transcript":{"type":"string","description":"The scenario's exchanges up to the failure, curl-style, secrets masked."},"incidental":{"const":true,"description":"Present when the scenario was not written for this rule: a step it needed broke the rule all the same (SPEC.md §1.6)."},"expected_value":{"description":"The value the check compared against, as JSON; absent when the expectation is a description."},"observed_value":{"description":"What the host did as a JSON value (the document, status or field observed)."},"exchanges":{"type":"array","description":"The scenario's exchanges up to the failure as records, secrets masked, bodies whole.","items":{"$ref":"#/$defs/exchange"}}}}},"transcript":{"type":"string","description":"For a blocked or errored scenario without assertion failures: the exchanges that explain it, curl-style, secrets masked. Absent otherwise."},"transcript_exchanges":{"type":"array","description":"The exchanges of `transcript` as records, secrets masked, bodies whole. Absent when there is no transcript or it holds no exchange.","items":{"$ref":"#/$defs/exchange"}}},"if":{"properties":{"disposition":{"const":"pass"}}},"then":{"description":"A scenario with no assertion is not a pass.","properties":{"assertions":{"type":"integer","minimum":1},"failures":{"type":"array","maxItems":0}}}}},"rules":{"type":"array","items":{"type":"object","required":["id","level","area","disposition","reason","scenarios"],"additionalProperties":true,"properties":{"id":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId"},"level":{"type":"string","enum":["MUST","SHOULD","MAY"]},"conformance_level":{"$ref":"#/$defs/levelOrNull","description":"The lowest conformance level at which the rule is testable; null when no scenario cites it."},"area":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/area"},"disposition":{"type":"string","enum":["pass","fail","inapplicable","blocked","untested"]},"reason":{"type":["string","null"],"description":"Which scenarios decided the disposition and why; null exactly on pass."},"scenarios":{"type":"array","description":"Ids of the scenarios that cite the rule.","items":{"$ref":"#/$defs/scenarioId"}}},"if":{"properties":{"disposition":{"const":"pass"}}},"then":{"properties":{"reason":{"type":"null"}}},"else":{"properties":{"reason":{"type":"string","minLength":1}}}}},"baseline":{"type":"object","required":["file","known_failures","excused","stale"],"additionalProperties":true,"properties":{"file":{"type":"string","minLength":1},"known_failures":{"type":"array","description":"Rules whose failures the baseline file expects (conformance-baseline.schema.json).","items":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId"}},"excused":{"type":"array","description":"Ids of the failed scenarios whose every failed rule is a known failure: they do not fail the run.","items":{"$ref":"#/$defs/scenarioId"}},"stale":{"type":"array","description":"Known failures whose rule now passes; a stale entry fails the run.","items":{"$ref":"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId"}}}},"faults":{"type":"array","description":"Fault ids switched on in the reference host for this run, if it ran against one.","items":{"type":"string"}}},"$defs":{"exchange":{"type":"object","description":"One HTTP exchange with the host, or a request that got no answer (status null, error set).","required":["method","url","request_headers","request_body","status","response_headers","response_body","error"],"additionalProperties":false,"properties":{"method":{"type":"string","minLength":1},"url":{"type":"string","minLength":1},"request_headers":{"type":"object","additionalProperties":{"type":"string"}},"request_body":{"type":["string","null"]},"status":{"type":["integer","null"],"minimum":100,"maximum":599},"response_headers":{"type":"object","additionalProperties":{"type":"string"}},"response_body":{"type":["string","null"]},"error":{"type":["string","null"]}}},"levelOrNull":{"type":["string","null"],"enum":["core","timed","full",null]},"untestedRule":{"type":"object","required":["id","level","reason"],"additionalProperties":true,"properties":{"id":{"type":"string"},"level":{"$ref":"#/$defs/levelOrNull"},"reason":{"type":"string"}}},"count":{"type":"integer","minimum":0},"scenarioId":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"A scenario's id: its file name in scenarios/ without .test.ts."}}};
const schema70 = {"type":"integer","minimum":0};
const schema71 = {"type":["string","null"],"enum":["core","timed","full",null]};
const schema86 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"A scenario's id: its file name in scenarios/ without .test.ts."};
const schema65 = {"type":"string","pattern":"^[A-Z]+$"};
const schema91 = {"type":"object","description":"One HTTP exchange with the host, or a request that got no answer (status null, error set).","required":["method","url","request_headers","request_body","status","response_headers","response_body","error"],"additionalProperties":false,"properties":{"method":{"type":"string","minLength":1},"url":{"type":"string","minLength":1},"request_headers":{"type":"object","additionalProperties":{"type":"string"}},"request_body":{"type":["string","null"]},"status":{"type":["integer","null"],"minimum":100,"maximum":599},"response_headers":{"type":"object","additionalProperties":{"type":"string"}},"response_body":{"type":["string","null"]},"error":{"type":["string","null"]}}};
const pattern16 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern11 = new RegExp("^[A-Z]+$", "u");
const schema74 = {"type":"object","required":["id","level","reason"],"additionalProperties":true,"properties":{"id":{"type":"string"},"level":{"$ref":"#/$defs/levelOrNull"},"reason":{"type":"string"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.level === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.level !== undefined){
let data1 = data.level;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/levelOrNull/type",keyword:"type",params:{type: schema71.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data1 === "core") || (data1 === "timed")) || (data1 === "full")) || (data1 === null))){
const err5 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/levelOrNull/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/conformance-report.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.report_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "report_version"},message:"must have required property '"+"report_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kit === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kit"},message:"must have required property '"+"kit"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.spec_version === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_version"},message:"must have required property '"+"spec_version"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.host_url === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host_url"},message:"must have required property '"+"host_url"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.capabilities_digest === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capabilities_digest"},message:"must have required property '"+"capabilities_digest"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.started_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"},message:"must have required property '"+"started_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.finished_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "finished_at"},message:"must have required property '"+"finished_at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.wall_time_ms === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wall_time_ms"},message:"must have required property '"+"wall_time_ms"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.exchanges === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exchanges"},message:"must have required property '"+"exchanges"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.faults === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "faults"},message:"must have required property '"+"faults"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.verdict === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.summary === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.scenarios === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scenarios"},message:"must have required property '"+"scenarios"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.rules === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.report_version !== undefined){
let data0 = data.report_version;
if(typeof data0 !== "string"){
const err14 = {instancePath:instancePath+"/report_version",schemaPath:"#/properties/report_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("1.0" !== data0){
const err15 = {instancePath:instancePath+"/report_version",schemaPath:"#/properties/report_version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.kit !== undefined){
let data1 = data.kit;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err16 = {instancePath:instancePath+"/kit",schemaPath:"#/properties/kit/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data1.version === undefined){
const err17 = {instancePath:instancePath+"/kit",schemaPath:"#/properties/kit/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err18 = {instancePath:instancePath+"/kit/name",schemaPath:"#/properties/kit/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/kit/name",schemaPath:"#/properties/kit/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.version !== undefined){
let data3 = data1.version;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err20 = {instancePath:instancePath+"/kit/version",schemaPath:"#/properties/kit/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/kit/version",schemaPath:"#/properties/kit/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/kit",schemaPath:"#/properties/kit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.spec_version !== undefined){
let data4 = data.spec_version;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err23 = {instancePath:instancePath+"/spec_version",schemaPath:"#/properties/spec_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/spec_version",schemaPath:"#/properties/spec_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.host_url !== undefined){
let data5 = data.host_url;
if(typeof data5 === "string"){
if(!(formats2(data5))){
const err25 = {instancePath:instancePath+"/host_url",schemaPath:"#/properties/host_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/host_url",schemaPath:"#/properties/host_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.capabilities_digest !== undefined){
let data6 = data.capabilities_digest;
if((typeof data6 !== "string") && (data6 !== null)){
const err27 = {instancePath:instancePath+"/capabilities_digest",schemaPath:"#/properties/capabilities_digest/type",keyword:"type",params:{type: schema69.properties.capabilities_digest.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err28 = {instancePath:instancePath+"/capabilities_digest",schemaPath:"#/properties/capabilities_digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.started_at !== undefined){
let data7 = data.started_at;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err29 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.finished_at !== undefined){
let data8 = data.finished_at;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err31 = {instancePath:instancePath+"/finished_at",schemaPath:"#/properties/finished_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/finished_at",schemaPath:"#/properties/finished_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.wall_time_ms !== undefined){
let data9 = data.wall_time_ms;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err33 = {instancePath:instancePath+"/wall_time_ms",schemaPath:"#/properties/wall_time_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/wall_time_ms",schemaPath:"#/properties/wall_time_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.exchanges !== undefined){
let data10 = data.exchanges;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err35 = {instancePath:instancePath+"/exchanges",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err36 = {instancePath:instancePath+"/exchanges",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data.verdict !== undefined){
let data11 = data.verdict;
const _errs29 = errors;
let valid4 = true;
const _errs30 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.status !== undefined){
if("fail" !== data11.status){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
var _valid0 = _errs30 === errors;
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs32 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.problems !== undefined){
let data13 = data11.problems;
if(Array.isArray(data13)){
if(data13.length < 1){
const err38 = {instancePath:instancePath+"/verdict/problems",schemaPath:"#/properties/verdict/allOf/0/then/properties/problems/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/verdict/problems",schemaPath:"#/properties/verdict/allOf/0/then/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.exit_code !== undefined){
if(1 !== data11.exit_code){
const err40 = {instancePath:instancePath+"/verdict/exit_code",schemaPath:"#/properties/verdict/allOf/0/then/properties/exit_code/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
var _valid0 = _errs32 === errors;
valid4 = _valid0;
if(valid4){
var props0 = {};
props0.problems = true;
props0.exit_code = true;
props0.status = true;
}
ifClause0 = "then";
}
else {
const _errs36 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.problems !== undefined){
let data15 = data11.problems;
if(Array.isArray(data15)){
if(data15.length > 0){
const err41 = {instancePath:instancePath+"/verdict/problems",schemaPath:"#/properties/verdict/allOf/0/else/properties/problems/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/verdict/problems",schemaPath:"#/properties/verdict/allOf/0/else/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
var _valid0 = _errs36 === errors;
valid4 = _valid0;
if(valid4){
if(props0 !== true){
props0 = props0 || {};
props0.problems = true;
}
}
ifClause0 = "else";
}
if(!valid4){
const err43 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs40 = errors;
let valid8 = true;
const _errs41 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.status !== undefined){
if("incomplete" !== data11.status){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
var _valid1 = _errs41 === errors;
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs43 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.unobserved !== undefined){
let data17 = data11.unobserved;
if(Array.isArray(data17)){
if(data17.length < 1){
const err45 = {instancePath:instancePath+"/verdict/unobserved",schemaPath:"#/properties/verdict/allOf/1/then/properties/unobserved/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/verdict/unobserved",schemaPath:"#/properties/verdict/allOf/1/then/properties/unobserved/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data11.exit_code !== undefined){
if(3 !== data11.exit_code){
const err47 = {instancePath:instancePath+"/verdict/exit_code",schemaPath:"#/properties/verdict/allOf/1/then/properties/exit_code/const",keyword:"const",params:{allowedValue: 3},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
var _valid1 = _errs43 === errors;
valid8 = _valid1;
if(valid8){
var props1 = {};
props1.unobserved = true;
props1.exit_code = true;
props1.status = true;
}
}
if(!valid8){
const err48 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs48 = errors;
let valid11 = true;
const _errs49 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.status !== undefined){
if("pass" !== data11.status){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
var _valid2 = _errs49 === errors;
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs51 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.exit_code !== undefined){
if(0 !== data11.exit_code){
const err50 = {instancePath:instancePath+"/verdict/exit_code",schemaPath:"#/properties/verdict/allOf/2/then/properties/exit_code/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
var _valid2 = _errs51 === errors;
valid11 = _valid2;
if(valid11){
var props2 = {};
props2.exit_code = true;
props2.status = true;
}
}
if(!valid11){
const err51 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.status === undefined){
const err52 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data11.exit_code === undefined){
const err53 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/required",keyword:"required",params:{missingProperty: "exit_code"},message:"must have required property '"+"exit_code"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data11.problems === undefined){
const err54 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/required",keyword:"required",params:{missingProperty: "problems"},message:"must have required property '"+"problems"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data11.unobserved === undefined){
const err55 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/required",keyword:"required",params:{missingProperty: "unobserved"},message:"must have required property '"+"unobserved"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data11.status !== undefined){
let data21 = data11.status;
if(typeof data21 !== "string"){
const err56 = {instancePath:instancePath+"/verdict/status",schemaPath:"#/properties/verdict/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!(((data21 === "pass") || (data21 === "fail")) || (data21 === "incomplete"))){
const err57 = {instancePath:instancePath+"/verdict/status",schemaPath:"#/properties/verdict/properties/status/enum",keyword:"enum",params:{allowedValues: schema69.properties.verdict.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data11.exit_code !== undefined){
let data22 = data11.exit_code;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err58 = {instancePath:instancePath+"/verdict/exit_code",schemaPath:"#/properties/verdict/properties/exit_code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(((data22 === 0) || (data22 === 1)) || (data22 === 3))){
const err59 = {instancePath:instancePath+"/verdict/exit_code",schemaPath:"#/properties/verdict/properties/exit_code/enum",keyword:"enum",params:{allowedValues: schema69.properties.verdict.properties.exit_code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data11.problems !== undefined){
let data23 = data11.problems;
if(Array.isArray(data23)){
const len0 = data23.length;
for(let i0=0; i0<len0; i0++){
let data24 = data23[i0];
if(typeof data24 === "string"){
if(func1(data24) < 1){
const err60 = {instancePath:instancePath+"/verdict/problems/" + i0,schemaPath:"#/properties/verdict/properties/problems/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/verdict/problems/" + i0,schemaPath:"#/properties/verdict/properties/problems/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/verdict/problems",schemaPath:"#/properties/verdict/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data11.unobserved !== undefined){
let data25 = data11.unobserved;
if(Array.isArray(data25)){
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
let data26 = data25[i1];
if(typeof data26 === "string"){
if(func1(data26) < 1){
const err63 = {instancePath:instancePath+"/verdict/unobserved/" + i1,schemaPath:"#/properties/verdict/properties/unobserved/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/verdict/unobserved/" + i1,schemaPath:"#/properties/verdict/properties/unobserved/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/verdict/unobserved",schemaPath:"#/properties/verdict/properties/unobserved/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.conformance !== undefined){
let data27 = data.conformance;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.offered_level === undefined){
const err67 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "offered_level"},message:"must have required property '"+"offered_level"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data27.reached_level === undefined){
const err68 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "reached_level"},message:"must have required property '"+"reached_level"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data27.required_level === undefined){
const err69 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "required_level"},message:"must have required property '"+"required_level"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data27.must_rules === undefined){
const err70 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "must_rules"},message:"must have required property '"+"must_rules"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data27.tested === undefined){
const err71 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "tested"},message:"must have required property '"+"tested"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data27.complete === undefined){
const err72 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "complete"},message:"must have required property '"+"complete"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data27.need_higher_level === undefined){
const err73 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "need_higher_level"},message:"must have required property '"+"need_higher_level"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data27.not_tested === undefined){
const err74 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "not_tested"},message:"must have required property '"+"not_tested"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data27.not_applicable === undefined){
const err75 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/required",keyword:"required",params:{missingProperty: "not_applicable"},message:"must have required property '"+"not_applicable"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data27.offered_level !== undefined){
let data28 = data27.offered_level;
if((typeof data28 !== "string") && (data28 !== null)){
const err76 = {instancePath:instancePath+"/conformance/offered_level",schemaPath:"#/$defs/levelOrNull/type",keyword:"type",params:{type: schema71.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!((((data28 === "core") || (data28 === "timed")) || (data28 === "full")) || (data28 === null))){
const err77 = {instancePath:instancePath+"/conformance/offered_level",schemaPath:"#/$defs/levelOrNull/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data27.reached_level !== undefined){
let data29 = data27.reached_level;
if((typeof data29 !== "string") && (data29 !== null)){
const err78 = {instancePath:instancePath+"/conformance/reached_level",schemaPath:"#/$defs/levelOrNull/type",keyword:"type",params:{type: schema71.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!((((data29 === "core") || (data29 === "timed")) || (data29 === "full")) || (data29 === null))){
const err79 = {instancePath:instancePath+"/conformance/reached_level",schemaPath:"#/$defs/levelOrNull/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data27.required_level !== undefined){
let data30 = data27.required_level;
if((typeof data30 !== "string") && (data30 !== null)){
const err80 = {instancePath:instancePath+"/conformance/required_level",schemaPath:"#/$defs/levelOrNull/type",keyword:"type",params:{type: schema71.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!((((data30 === "core") || (data30 === "timed")) || (data30 === "full")) || (data30 === null))){
const err81 = {instancePath:instancePath+"/conformance/required_level",schemaPath:"#/$defs/levelOrNull/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data27.must_rules !== undefined){
let data31 = data27.must_rules;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err82 = {instancePath:instancePath+"/conformance/must_rules",schemaPath:"#/properties/conformance/properties/must_rules/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err83 = {instancePath:instancePath+"/conformance/must_rules",schemaPath:"#/properties/conformance/properties/must_rules/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data27.tested !== undefined){
let data32 = data27.tested;
if(Array.isArray(data32)){
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
if(typeof data32[i2] !== "string"){
const err84 = {instancePath:instancePath+"/conformance/tested/" + i2,schemaPath:"#/properties/conformance/properties/tested/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/conformance/tested",schemaPath:"#/properties/conformance/properties/tested/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data27.complete !== undefined){
if(typeof data27.complete !== "boolean"){
const err86 = {instancePath:instancePath+"/conformance/complete",schemaPath:"#/properties/conformance/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data27.need_higher_level !== undefined){
let data35 = data27.need_higher_level;
if(Array.isArray(data35)){
const len3 = data35.length;
for(let i3=0; i3<len3; i3++){
if(!(validate40(data35[i3], {instancePath:instancePath+"/conformance/need_higher_level/" + i3,parentData:data35,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err87 = {instancePath:instancePath+"/conformance/need_higher_level",schemaPath:"#/properties/conformance/properties/need_higher_level/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data27.not_tested !== undefined){
let data37 = data27.not_tested;
if(Array.isArray(data37)){
const len4 = data37.length;
for(let i4=0; i4<len4; i4++){
if(!(validate40(data37[i4], {instancePath:instancePath+"/conformance/not_tested/" + i4,parentData:data37,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err88 = {instancePath:instancePath+"/conformance/not_tested",schemaPath:"#/properties/conformance/properties/not_tested/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data27.not_applicable !== undefined){
let data39 = data27.not_applicable;
if(Array.isArray(data39)){
const len5 = data39.length;
for(let i5=0; i5<len5; i5++){
if(typeof data39[i5] !== "string"){
const err89 = {instancePath:instancePath+"/conformance/not_applicable/" + i5,schemaPath:"#/properties/conformance/properties/not_applicable/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/conformance/not_applicable",schemaPath:"#/properties/conformance/properties/not_applicable/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.summary !== undefined){
let data41 = data.summary;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.scenarios === undefined){
const err92 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "scenarios"},message:"must have required property '"+"scenarios"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data41.rules === undefined){
const err93 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data41.assertions === undefined){
const err94 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "assertions"},message:"must have required property '"+"assertions"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data41.scenarios !== undefined){
let data42 = data41.scenarios;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.pass === undefined){
const err95 = {instancePath:instancePath+"/summary/scenarios",schemaPath:"#/properties/summary/properties/scenarios/required",keyword:"required",params:{missingProperty: "pass"},message:"must have required property '"+"pass"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data42.fail === undefined){
const err96 = {instancePath:instancePath+"/summary/scenarios",schemaPath:"#/properties/summary/properties/scenarios/required",keyword:"required",params:{missingProperty: "fail"},message:"must have required property '"+"fail"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data42.inapplicable === undefined){
const err97 = {instancePath:instancePath+"/summary/scenarios",schemaPath:"#/properties/summary/properties/scenarios/required",keyword:"required",params:{missingProperty: "inapplicable"},message:"must have required property '"+"inapplicable"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data42.blocked === undefined){
const err98 = {instancePath:instancePath+"/summary/scenarios",schemaPath:"#/properties/summary/properties/scenarios/required",keyword:"required",params:{missingProperty: "blocked"},message:"must have required property '"+"blocked"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data42.pass !== undefined){
let data43 = data42.pass;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err99 = {instancePath:instancePath+"/summary/scenarios/pass",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err100 = {instancePath:instancePath+"/summary/scenarios/pass",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
if(data42.fail !== undefined){
let data44 = data42.fail;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err101 = {instancePath:instancePath+"/summary/scenarios/fail",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
const err102 = {instancePath:instancePath+"/summary/scenarios/fail",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
if(data42.inapplicable !== undefined){
let data45 = data42.inapplicable;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err103 = {instancePath:instancePath+"/summary/scenarios/inapplicable",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
const err104 = {instancePath:instancePath+"/summary/scenarios/inapplicable",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
if(data42.blocked !== undefined){
let data46 = data42.blocked;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err105 = {instancePath:instancePath+"/summary/scenarios/blocked",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 0 || isNaN(data46)){
const err106 = {instancePath:instancePath+"/summary/scenarios/blocked",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
}
else {
const err107 = {instancePath:instancePath+"/summary/scenarios",schemaPath:"#/properties/summary/properties/scenarios/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data41.rules !== undefined){
let data47 = data41.rules;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.pass === undefined){
const err108 = {instancePath:instancePath+"/summary/rules",schemaPath:"#/properties/summary/properties/rules/required",keyword:"required",params:{missingProperty: "pass"},message:"must have required property '"+"pass"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data47.fail === undefined){
const err109 = {instancePath:instancePath+"/summary/rules",schemaPath:"#/properties/summary/properties/rules/required",keyword:"required",params:{missingProperty: "fail"},message:"must have required property '"+"fail"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data47.inapplicable === undefined){
const err110 = {instancePath:instancePath+"/summary/rules",schemaPath:"#/properties/summary/properties/rules/required",keyword:"required",params:{missingProperty: "inapplicable"},message:"must have required property '"+"inapplicable"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data47.blocked === undefined){
const err111 = {instancePath:instancePath+"/summary/rules",schemaPath:"#/properties/summary/properties/rules/required",keyword:"required",params:{missingProperty: "blocked"},message:"must have required property '"+"blocked"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data47.untested === undefined){
const err112 = {instancePath:instancePath+"/summary/rules",schemaPath:"#/properties/summary/properties/rules/required",keyword:"required",params:{missingProperty: "untested"},message:"must have required property '"+"untested"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data47.pass !== undefined){
let data48 = data47.pass;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err113 = {instancePath:instancePath+"/summary/rules/pass",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err114 = {instancePath:instancePath+"/summary/rules/pass",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
if(data47.fail !== undefined){
let data49 = data47.fail;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err115 = {instancePath:instancePath+"/summary/rules/fail",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err116 = {instancePath:instancePath+"/summary/rules/fail",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
if(data47.inapplicable !== undefined){
let data50 = data47.inapplicable;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err117 = {instancePath:instancePath+"/summary/rules/inapplicable",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err118 = {instancePath:instancePath+"/summary/rules/inapplicable",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
if(data47.blocked !== undefined){
let data51 = data47.blocked;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err119 = {instancePath:instancePath+"/summary/rules/blocked",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err120 = {instancePath:instancePath+"/summary/rules/blocked",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
if(data47.untested !== undefined){
let data52 = data47.untested;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err121 = {instancePath:instancePath+"/summary/rules/untested",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err122 = {instancePath:instancePath+"/summary/rules/untested",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
}
else {
const err123 = {instancePath:instancePath+"/summary/rules",schemaPath:"#/properties/summary/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data41.assertions !== undefined){
let data53 = data41.assertions;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err124 = {instancePath:instancePath+"/summary/assertions",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err125 = {instancePath:instancePath+"/summary/assertions",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
else {
const err126 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.scenarios !== undefined){
let data54 = data.scenarios;
if(Array.isArray(data54)){
const len6 = data54.length;
for(let i6=0; i6<len6; i6++){
let data55 = data54[i6];
const _errs139 = errors;
let valid46 = true;
const _errs140 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.disposition !== undefined){
if("pass" !== data55.disposition){
const err127 = {};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
var _valid3 = _errs140 === errors;
errors = _errs139;
if(vErrors !== null){
if(_errs139){
vErrors.length = _errs139;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs142 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.assertions !== undefined){
let data57 = data55.assertions;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err128 = {instancePath:instancePath+"/scenarios/" + i6+"/assertions",schemaPath:"#/properties/scenarios/items/then/properties/assertions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 1 || isNaN(data57)){
const err129 = {instancePath:instancePath+"/scenarios/" + i6+"/assertions",schemaPath:"#/properties/scenarios/items/then/properties/assertions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
if(data55.failures !== undefined){
let data58 = data55.failures;
if(Array.isArray(data58)){
if(data58.length > 0){
const err130 = {instancePath:instancePath+"/scenarios/" + i6+"/failures",schemaPath:"#/properties/scenarios/items/then/properties/failures/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/scenarios/" + i6+"/failures",schemaPath:"#/properties/scenarios/items/then/properties/failures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
var _valid3 = _errs142 === errors;
valid46 = _valid3;
if(valid46){
var props3 = {};
props3.assertions = true;
props3.failures = true;
props3.disposition = true;
}
}
if(!valid46){
const err132 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.id === undefined){
const err133 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data55.file === undefined){
const err134 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data55.title === undefined){
const err135 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data55.area === undefined){
const err136 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "area"},message:"must have required property '"+"area"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data55.rules === undefined){
const err137 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data55.requires === undefined){
const err138 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "requires"},message:"must have required property '"+"requires"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data55.disposition === undefined){
const err139 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "disposition"},message:"must have required property '"+"disposition"+"'"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(data55.reason === undefined){
const err140 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data55.assertions === undefined){
const err141 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "assertions"},message:"must have required property '"+"assertions"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data55.duration_ms === undefined){
const err142 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "duration_ms"},message:"must have required property '"+"duration_ms"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data55.exchanges === undefined){
const err143 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "exchanges"},message:"must have required property '"+"exchanges"+"'"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data55.failures === undefined){
const err144 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "failures"},message:"must have required property '"+"failures"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data55.id !== undefined){
let data59 = data55.id;
if(typeof data59 === "string"){
if(!pattern16.test(data59)){
const err145 = {instancePath:instancePath+"/scenarios/" + i6+"/id",schemaPath:"#/$defs/scenarioId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/scenarios/" + i6+"/id",schemaPath:"#/$defs/scenarioId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data55.file !== undefined){
let data60 = data55.file;
if(typeof data60 === "string"){
if(func1(data60) < 1){
const err147 = {instancePath:instancePath+"/scenarios/" + i6+"/file",schemaPath:"#/properties/scenarios/items/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/scenarios/" + i6+"/file",schemaPath:"#/properties/scenarios/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data55.title !== undefined){
let data61 = data55.title;
if(typeof data61 === "string"){
if(func1(data61) < 1){
const err149 = {instancePath:instancePath+"/scenarios/" + i6+"/title",schemaPath:"#/properties/scenarios/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/scenarios/" + i6+"/title",schemaPath:"#/properties/scenarios/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data55.area !== undefined){
let data62 = data55.area;
if(typeof data62 === "string"){
if(!pattern11.test(data62)){
const err151 = {instancePath:instancePath+"/scenarios/" + i6+"/area",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/area/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/scenarios/" + i6+"/area",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/area/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data55.rules !== undefined){
let data63 = data55.rules;
if(Array.isArray(data63)){
if(data63.length < 1){
const err153 = {instancePath:instancePath+"/scenarios/" + i6+"/rules",schemaPath:"#/properties/scenarios/items/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
const len7 = data63.length;
for(let i7=0; i7<len7; i7++){
let data64 = data63[i7];
if(typeof data64 === "string"){
if(!pattern12.test(data64)){
const err154 = {instancePath:instancePath+"/scenarios/" + i6+"/rules/" + i7,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+(-[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z]+(-[A-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/scenarios/" + i6+"/rules/" + i7,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/scenarios/" + i6+"/rules",schemaPath:"#/properties/scenarios/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data55.requires !== undefined){
let data65 = data55.requires;
if(Array.isArray(data65)){
const len8 = data65.length;
for(let i8=0; i8<len8; i8++){
let data66 = data65[i8];
if(typeof data66 !== "string"){
const err157 = {instancePath:instancePath+"/scenarios/" + i6+"/requires/" + i8,schemaPath:"#/properties/scenarios/items/properties/requires/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!((((((((((data66 === "callbacks") || (data66 === "replay")) || (data66 === "queue_monitor")) || (data66 === "idempotency")) || (data66 === "agent_runtime")) || (data66 === "attestation_statement")) || (data66 === "seams")) || (data66 === "seams.test_clock")) || (data66 === "seams.scripted_runs")) || (data66 === "seams.tenants"))){
const err158 = {instancePath:instancePath+"/scenarios/" + i6+"/requires/" + i8,schemaPath:"#/properties/scenarios/items/properties/requires/items/enum",keyword:"enum",params:{allowedValues: schema69.properties.scenarios.items.properties.requires.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/scenarios/" + i6+"/requires",schemaPath:"#/properties/scenarios/items/properties/requires/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data55.disposition !== undefined){
let data67 = data55.disposition;
if(typeof data67 !== "string"){
const err160 = {instancePath:instancePath+"/scenarios/" + i6+"/disposition",schemaPath:"#/properties/scenarios/items/properties/disposition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(!((((data67 === "pass") || (data67 === "fail")) || (data67 === "inapplicable")) || (data67 === "blocked"))){
const err161 = {instancePath:instancePath+"/scenarios/" + i6+"/disposition",schemaPath:"#/properties/scenarios/items/properties/disposition/enum",keyword:"enum",params:{allowedValues: schema69.properties.scenarios.items.properties.disposition.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data55.reason !== undefined){
let data68 = data55.reason;
if((typeof data68 !== "string") && (data68 !== null)){
const err162 = {instancePath:instancePath+"/scenarios/" + i6+"/reason",schemaPath:"#/properties/scenarios/items/properties/reason/type",keyword:"type",params:{type: schema69.properties.scenarios.items.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data55.assertions !== undefined){
let data69 = data55.assertions;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err163 = {instancePath:instancePath+"/scenarios/" + i6+"/assertions",schemaPath:"#/properties/scenarios/items/properties/assertions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 0 || isNaN(data69)){
const err164 = {instancePath:instancePath+"/scenarios/" + i6+"/assertions",schemaPath:"#/properties/scenarios/items/properties/assertions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
if(data55.duration_ms !== undefined){
let data70 = data55.duration_ms;
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
const err165 = {instancePath:instancePath+"/scenarios/" + i6+"/duration_ms",schemaPath:"#/properties/scenarios/items/properties/duration_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/scenarios/" + i6+"/duration_ms",schemaPath:"#/properties/scenarios/items/properties/duration_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data55.exchanges !== undefined){
let data71 = data55.exchanges;
if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
const err167 = {instancePath:instancePath+"/scenarios/" + i6+"/exchanges",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 < 0 || isNaN(data71)){
const err168 = {instancePath:instancePath+"/scenarios/" + i6+"/exchanges",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
if(data55.cases_left_out !== undefined){
let data72 = data55.cases_left_out;
if(Array.isArray(data72)){
if(data72.length < 1){
const err169 = {instancePath:instancePath+"/scenarios/" + i6+"/cases_left_out",schemaPath:"#/properties/scenarios/items/properties/cases_left_out/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
const len9 = data72.length;
for(let i9=0; i9<len9; i9++){
let data73 = data72[i9];
if(typeof data73 === "string"){
if(func1(data73) < 1){
const err170 = {instancePath:instancePath+"/scenarios/" + i6+"/cases_left_out/" + i9,schemaPath:"#/properties/scenarios/items/properties/cases_left_out/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/scenarios/" + i6+"/cases_left_out/" + i9,schemaPath:"#/properties/scenarios/items/properties/cases_left_out/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/scenarios/" + i6+"/cases_left_out",schemaPath:"#/properties/scenarios/items/properties/cases_left_out/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data55.failures !== undefined){
let data74 = data55.failures;
if(Array.isArray(data74)){
const len10 = data74.length;
for(let i10=0; i10<len10; i10++){
let data75 = data74[i10];
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.rule === undefined){
const err173 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10,schemaPath:"#/properties/scenarios/items/properties/failures/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data75.text === undefined){
const err174 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10,schemaPath:"#/properties/scenarios/items/properties/failures/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data75.what === undefined){
const err175 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10,schemaPath:"#/properties/scenarios/items/properties/failures/items/required",keyword:"required",params:{missingProperty: "what"},message:"must have required property '"+"what"+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data75.expected === undefined){
const err176 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10,schemaPath:"#/properties/scenarios/items/properties/failures/items/required",keyword:"required",params:{missingProperty: "expected"},message:"must have required property '"+"expected"+"'"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data75.observed === undefined){
const err177 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10,schemaPath:"#/properties/scenarios/items/properties/failures/items/required",keyword:"required",params:{missingProperty: "observed"},message:"must have required property '"+"observed"+"'"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(data75.transcript === undefined){
const err178 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10,schemaPath:"#/properties/scenarios/items/properties/failures/items/required",keyword:"required",params:{missingProperty: "transcript"},message:"must have required property '"+"transcript"+"'"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(data75.rule !== undefined){
let data76 = data75.rule;
if(typeof data76 === "string"){
if(!pattern12.test(data76)){
const err179 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/rule",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+(-[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z]+(-[A-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/rule",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data75.text !== undefined){
if(typeof data75.text !== "string"){
const err181 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/text",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data75.what !== undefined){
let data78 = data75.what;
if(typeof data78 === "string"){
if(func1(data78) < 1){
const err182 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/what",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/what/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/what",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/what/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data75.expected !== undefined){
if(typeof data75.expected !== "string"){
const err184 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/expected",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data75.observed !== undefined){
if(typeof data75.observed !== "string"){
const err185 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/observed",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/observed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data75.transcript !== undefined){
if(typeof data75.transcript !== "string"){
const err186 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/transcript",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/transcript/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data75.incidental !== undefined){
if(true !== data75.incidental){
const err187 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/incidental",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/incidental/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data75.exchanges !== undefined){
let data83 = data75.exchanges;
if(Array.isArray(data83)){
const len11 = data83.length;
for(let i11=0; i11<len11; i11++){
let data84 = data83[i11];
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.method === undefined){
const err188 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data84.url === undefined){
const err189 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data84.request_headers === undefined){
const err190 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "request_headers"},message:"must have required property '"+"request_headers"+"'"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data84.request_body === undefined){
const err191 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "request_body"},message:"must have required property '"+"request_body"+"'"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(data84.status === undefined){
const err192 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(data84.response_headers === undefined){
const err193 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "response_headers"},message:"must have required property '"+"response_headers"+"'"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(data84.response_body === undefined){
const err194 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "response_body"},message:"must have required property '"+"response_body"+"'"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(data84.error === undefined){
const err195 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
for(const key0 in data84){
if(!((((((((key0 === "method") || (key0 === "url")) || (key0 === "request_headers")) || (key0 === "request_body")) || (key0 === "status")) || (key0 === "response_headers")) || (key0 === "response_body")) || (key0 === "error"))){
const err196 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data84.method !== undefined){
let data85 = data84.method;
if(typeof data85 === "string"){
if(func1(data85) < 1){
const err197 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/method",schemaPath:"#/$defs/exchange/properties/method/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
else {
const err198 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/method",schemaPath:"#/$defs/exchange/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data84.url !== undefined){
let data86 = data84.url;
if(typeof data86 === "string"){
if(func1(data86) < 1){
const err199 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/url",schemaPath:"#/$defs/exchange/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/url",schemaPath:"#/$defs/exchange/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data84.request_headers !== undefined){
let data87 = data84.request_headers;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
for(const key1 in data87){
if(typeof data87[key1] !== "string"){
const err201 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/request_headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/exchange/properties/request_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/request_headers",schemaPath:"#/$defs/exchange/properties/request_headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data84.request_body !== undefined){
let data89 = data84.request_body;
if((typeof data89 !== "string") && (data89 !== null)){
const err203 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/request_body",schemaPath:"#/$defs/exchange/properties/request_body/type",keyword:"type",params:{type: schema91.properties.request_body.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data84.status !== undefined){
let data90 = data84.status;
if((!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))) && (data90 !== null)){
const err204 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/status",schemaPath:"#/$defs/exchange/properties/status/type",keyword:"type",params:{type: schema91.properties.status.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 > 599 || isNaN(data90)){
const err205 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/status",schemaPath:"#/$defs/exchange/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(data90 < 100 || isNaN(data90)){
const err206 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/status",schemaPath:"#/$defs/exchange/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
if(data84.response_headers !== undefined){
let data91 = data84.response_headers;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
for(const key2 in data91){
if(typeof data91[key2] !== "string"){
const err207 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/response_headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/exchange/properties/response_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/response_headers",schemaPath:"#/$defs/exchange/properties/response_headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data84.response_body !== undefined){
let data93 = data84.response_body;
if((typeof data93 !== "string") && (data93 !== null)){
const err209 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/response_body",schemaPath:"#/$defs/exchange/properties/response_body/type",keyword:"type",params:{type: schema91.properties.response_body.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data84.error !== undefined){
let data94 = data84.error;
if((typeof data94 !== "string") && (data94 !== null)){
const err210 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11+"/error",schemaPath:"#/$defs/exchange/properties/error/type",keyword:"type",params:{type: schema91.properties.error.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges/" + i11,schemaPath:"#/$defs/exchange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
}
else {
const err212 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10+"/exchanges",schemaPath:"#/properties/scenarios/items/properties/failures/items/properties/exchanges/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
else {
const err213 = {instancePath:instancePath+"/scenarios/" + i6+"/failures/" + i10,schemaPath:"#/properties/scenarios/items/properties/failures/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/scenarios/" + i6+"/failures",schemaPath:"#/properties/scenarios/items/properties/failures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data55.transcript !== undefined){
if(typeof data55.transcript !== "string"){
const err215 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript",schemaPath:"#/properties/scenarios/items/properties/transcript/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data55.transcript_exchanges !== undefined){
let data96 = data55.transcript_exchanges;
if(Array.isArray(data96)){
const len12 = data96.length;
for(let i12=0; i12<len12; i12++){
let data97 = data96[i12];
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.method === undefined){
const err216 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(data97.url === undefined){
const err217 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if(data97.request_headers === undefined){
const err218 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "request_headers"},message:"must have required property '"+"request_headers"+"'"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(data97.request_body === undefined){
const err219 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "request_body"},message:"must have required property '"+"request_body"+"'"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(data97.status === undefined){
const err220 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data97.response_headers === undefined){
const err221 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "response_headers"},message:"must have required property '"+"response_headers"+"'"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if(data97.response_body === undefined){
const err222 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "response_body"},message:"must have required property '"+"response_body"+"'"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(data97.error === undefined){
const err223 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
for(const key3 in data97){
if(!((((((((key3 === "method") || (key3 === "url")) || (key3 === "request_headers")) || (key3 === "request_body")) || (key3 === "status")) || (key3 === "response_headers")) || (key3 === "response_body")) || (key3 === "error"))){
const err224 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data97.method !== undefined){
let data98 = data97.method;
if(typeof data98 === "string"){
if(func1(data98) < 1){
const err225 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/method",schemaPath:"#/$defs/exchange/properties/method/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/method",schemaPath:"#/$defs/exchange/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data97.url !== undefined){
let data99 = data97.url;
if(typeof data99 === "string"){
if(func1(data99) < 1){
const err227 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/url",schemaPath:"#/$defs/exchange/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
else {
const err228 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/url",schemaPath:"#/$defs/exchange/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data97.request_headers !== undefined){
let data100 = data97.request_headers;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key4 in data100){
if(typeof data100[key4] !== "string"){
const err229 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/request_headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/exchange/properties/request_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/request_headers",schemaPath:"#/$defs/exchange/properties/request_headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data97.request_body !== undefined){
let data102 = data97.request_body;
if((typeof data102 !== "string") && (data102 !== null)){
const err231 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/request_body",schemaPath:"#/$defs/exchange/properties/request_body/type",keyword:"type",params:{type: schema91.properties.request_body.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data97.status !== undefined){
let data103 = data97.status;
if((!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))) && (data103 !== null)){
const err232 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/status",schemaPath:"#/$defs/exchange/properties/status/type",keyword:"type",params:{type: schema91.properties.status.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 > 599 || isNaN(data103)){
const err233 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/status",schemaPath:"#/$defs/exchange/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(data103 < 100 || isNaN(data103)){
const err234 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/status",schemaPath:"#/$defs/exchange/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
if(data97.response_headers !== undefined){
let data104 = data97.response_headers;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
for(const key5 in data104){
if(typeof data104[key5] !== "string"){
const err235 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/response_headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/exchange/properties/response_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/response_headers",schemaPath:"#/$defs/exchange/properties/response_headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data97.response_body !== undefined){
let data106 = data97.response_body;
if((typeof data106 !== "string") && (data106 !== null)){
const err237 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/response_body",schemaPath:"#/$defs/exchange/properties/response_body/type",keyword:"type",params:{type: schema91.properties.response_body.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data97.error !== undefined){
let data107 = data97.error;
if((typeof data107 !== "string") && (data107 !== null)){
const err238 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12+"/error",schemaPath:"#/$defs/exchange/properties/error/type",keyword:"type",params:{type: schema91.properties.error.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
else {
const err239 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges/" + i12,schemaPath:"#/$defs/exchange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
else {
const err240 = {instancePath:instancePath+"/scenarios/" + i6+"/transcript_exchanges",schemaPath:"#/properties/scenarios/items/properties/transcript_exchanges/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/scenarios/" + i6,schemaPath:"#/properties/scenarios/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
else {
const err242 = {instancePath:instancePath+"/scenarios",schemaPath:"#/properties/scenarios/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data.rules !== undefined){
let data108 = data.rules;
if(Array.isArray(data108)){
const len13 = data108.length;
for(let i13=0; i13<len13; i13++){
let data109 = data108[i13];
const _errs263 = errors;
let valid78 = true;
const _errs264 = errors;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.disposition !== undefined){
if("pass" !== data109.disposition){
const err243 = {};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
var _valid4 = _errs264 === errors;
errors = _errs263;
if(vErrors !== null){
if(_errs263){
vErrors.length = _errs263;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid4){
const _errs266 = errors;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.reason !== undefined){
if(data109.reason !== null){
const err244 = {instancePath:instancePath+"/rules/" + i13+"/reason",schemaPath:"#/properties/rules/items/then/properties/reason/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
var _valid4 = _errs266 === errors;
valid78 = _valid4;
if(valid78){
var props4 = {};
props4.reason = true;
props4.disposition = true;
}
ifClause1 = "then";
}
else {
const _errs269 = errors;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.reason !== undefined){
let data112 = data109.reason;
if(typeof data112 === "string"){
if(func1(data112) < 1){
const err245 = {instancePath:instancePath+"/rules/" + i13+"/reason",schemaPath:"#/properties/rules/items/else/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/rules/" + i13+"/reason",schemaPath:"#/properties/rules/items/else/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
var _valid4 = _errs269 === errors;
valid78 = _valid4;
if(valid78){
if(props4 !== true){
props4 = props4 || {};
props4.reason = true;
}
}
ifClause1 = "else";
}
if(!valid78){
const err247 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.id === undefined){
const err248 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(data109.level === undefined){
const err249 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(data109.area === undefined){
const err250 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "area"},message:"must have required property '"+"area"+"'"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(data109.disposition === undefined){
const err251 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "disposition"},message:"must have required property '"+"disposition"+"'"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(data109.reason === undefined){
const err252 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(data109.scenarios === undefined){
const err253 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "scenarios"},message:"must have required property '"+"scenarios"+"'"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(data109.id !== undefined){
let data113 = data109.id;
if(typeof data113 === "string"){
if(!pattern12.test(data113)){
const err254 = {instancePath:instancePath+"/rules/" + i13+"/id",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+(-[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z]+(-[A-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/rules/" + i13+"/id",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data109.level !== undefined){
let data114 = data109.level;
if(typeof data114 !== "string"){
const err256 = {instancePath:instancePath+"/rules/" + i13+"/level",schemaPath:"#/properties/rules/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(!(((data114 === "MUST") || (data114 === "SHOULD")) || (data114 === "MAY"))){
const err257 = {instancePath:instancePath+"/rules/" + i13+"/level",schemaPath:"#/properties/rules/items/properties/level/enum",keyword:"enum",params:{allowedValues: schema69.properties.rules.items.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data109.conformance_level !== undefined){
let data115 = data109.conformance_level;
if((typeof data115 !== "string") && (data115 !== null)){
const err258 = {instancePath:instancePath+"/rules/" + i13+"/conformance_level",schemaPath:"#/$defs/levelOrNull/type",keyword:"type",params:{type: schema71.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if(!((((data115 === "core") || (data115 === "timed")) || (data115 === "full")) || (data115 === null))){
const err259 = {instancePath:instancePath+"/rules/" + i13+"/conformance_level",schemaPath:"#/$defs/levelOrNull/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data109.area !== undefined){
let data116 = data109.area;
if(typeof data116 === "string"){
if(!pattern11.test(data116)){
const err260 = {instancePath:instancePath+"/rules/" + i13+"/area",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/area/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/rules/" + i13+"/area",schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/area/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data109.disposition !== undefined){
let data117 = data109.disposition;
if(typeof data117 !== "string"){
const err262 = {instancePath:instancePath+"/rules/" + i13+"/disposition",schemaPath:"#/properties/rules/items/properties/disposition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if(!(((((data117 === "pass") || (data117 === "fail")) || (data117 === "inapplicable")) || (data117 === "blocked")) || (data117 === "untested"))){
const err263 = {instancePath:instancePath+"/rules/" + i13+"/disposition",schemaPath:"#/properties/rules/items/properties/disposition/enum",keyword:"enum",params:{allowedValues: schema69.properties.rules.items.properties.disposition.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data109.reason !== undefined){
let data118 = data109.reason;
if((typeof data118 !== "string") && (data118 !== null)){
const err264 = {instancePath:instancePath+"/rules/" + i13+"/reason",schemaPath:"#/properties/rules/items/properties/reason/type",keyword:"type",params:{type: schema69.properties.rules.items.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data109.scenarios !== undefined){
let data119 = data109.scenarios;
if(Array.isArray(data119)){
const len14 = data119.length;
for(let i14=0; i14<len14; i14++){
let data120 = data119[i14];
if(typeof data120 === "string"){
if(!pattern16.test(data120)){
const err265 = {instancePath:instancePath+"/rules/" + i13+"/scenarios/" + i14,schemaPath:"#/$defs/scenarioId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
else {
const err266 = {instancePath:instancePath+"/rules/" + i13+"/scenarios/" + i14,schemaPath:"#/$defs/scenarioId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/rules/" + i13+"/scenarios",schemaPath:"#/properties/rules/items/properties/scenarios/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/rules/" + i13,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data.baseline !== undefined){
let data121 = data.baseline;
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
if(data121.file === undefined){
const err270 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data121.known_failures === undefined){
const err271 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: "known_failures"},message:"must have required property '"+"known_failures"+"'"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(data121.excused === undefined){
const err272 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: "excused"},message:"must have required property '"+"excused"+"'"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(data121.stale === undefined){
const err273 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: "stale"},message:"must have required property '"+"stale"+"'"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data121.file !== undefined){
let data122 = data121.file;
if(typeof data122 === "string"){
if(func1(data122) < 1){
const err274 = {instancePath:instancePath+"/baseline/file",schemaPath:"#/properties/baseline/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
else {
const err275 = {instancePath:instancePath+"/baseline/file",schemaPath:"#/properties/baseline/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data121.known_failures !== undefined){
let data123 = data121.known_failures;
if(Array.isArray(data123)){
const len15 = data123.length;
for(let i15=0; i15<len15; i15++){
let data124 = data123[i15];
if(typeof data124 === "string"){
if(!pattern12.test(data124)){
const err276 = {instancePath:instancePath+"/baseline/known_failures/" + i15,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+(-[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z]+(-[A-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
else {
const err277 = {instancePath:instancePath+"/baseline/known_failures/" + i15,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
else {
const err278 = {instancePath:instancePath+"/baseline/known_failures",schemaPath:"#/properties/baseline/properties/known_failures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data121.excused !== undefined){
let data125 = data121.excused;
if(Array.isArray(data125)){
const len16 = data125.length;
for(let i16=0; i16<len16; i16++){
let data126 = data125[i16];
if(typeof data126 === "string"){
if(!pattern16.test(data126)){
const err279 = {instancePath:instancePath+"/baseline/excused/" + i16,schemaPath:"#/$defs/scenarioId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
else {
const err280 = {instancePath:instancePath+"/baseline/excused/" + i16,schemaPath:"#/$defs/scenarioId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
else {
const err281 = {instancePath:instancePath+"/baseline/excused",schemaPath:"#/properties/baseline/properties/excused/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data121.stale !== undefined){
let data127 = data121.stale;
if(Array.isArray(data127)){
const len17 = data127.length;
for(let i17=0; i17<len17; i17++){
let data128 = data127[i17];
if(typeof data128 === "string"){
if(!pattern12.test(data128)){
const err282 = {instancePath:instancePath+"/baseline/stale/" + i17,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+(-[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z]+(-[A-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/baseline/stale/" + i17,schemaPath:"https://weverlabs.com/schemas/rule-registry.schema.json#/$defs/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
}
else {
const err284 = {instancePath:instancePath+"/baseline/stale",schemaPath:"#/properties/baseline/properties/stale/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
}
else {
const err285 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data.faults !== undefined){
let data129 = data.faults;
if(Array.isArray(data129)){
const len18 = data129.length;
for(let i18=0; i18<len18; i18++){
if(typeof data129[i18] !== "string"){
const err286 = {instancePath:instancePath+"/faults/" + i18,schemaPath:"#/properties/faults/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
else {
const err287 = {instancePath:instancePath+"/faults",schemaPath:"#/properties/faults/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
}
else {
const err288 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCreditEntitlement = validate43;
const schema100 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/credit-entitlement.schema.json","title":"Credit Entitlement","description":"A tenant's pool of funded credits, served at GET /api/agents/entitlements/{credit_entitlement_id}. It keeps the published statuses; the kit adds the four balances, all integers, which satisfy credits_funded = credits_reserved + credits_debited + remaining_credits at all times (checked by the kit, since a schema cannot add), and the settlement receipts that funded it.","type":"object","required":["object_type","credit_entitlement_id","status","credits_funded","credits_reserved","credits_debited","remaining_credits","settlement_receipt_ids","updated_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_credit_entitlement"},"credit_entitlement_id":{"type":"string","minLength":1},"status":{"type":"string","enum":["quoted","pending_payment","funded","active","exhausted","expired","suspended"]},"credits_funded":{"type":"integer","minimum":0,"description":"Sum of the settlements that funded the entitlement."},"credits_reserved":{"type":"integer","minimum":0,"description":"Held by runs that are not finished."},"credits_debited":{"type":"integer","minimum":0,"description":"Consumed by runs."},"remaining_credits":{"type":"integer","minimum":0,"description":"Available for new reservations."},"settlement_receipt_ids":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"updated_at":{"type":"string","format":"date-time"}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/credit-entitlement.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.credit_entitlement_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credit_entitlement_id"},message:"must have required property '"+"credit_entitlement_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.credits_funded === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits_funded"},message:"must have required property '"+"credits_funded"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.credits_reserved === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits_reserved"},message:"must have required property '"+"credits_reserved"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.credits_debited === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits_debited"},message:"must have required property '"+"credits_debited"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.remaining_credits === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "remaining_credits"},message:"must have required property '"+"remaining_credits"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.settlement_receipt_ids === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settlement_receipt_ids"},message:"must have required property '"+"settlement_receipt_ids"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.updated_at === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"},message:"must have required property '"+"updated_at"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("agent_credit_entitlement" !== data0){
const err10 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_credit_entitlement"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.credit_entitlement_id !== undefined){
let data1 = data.credit_entitlement_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err11 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(typeof data2 !== "string"){
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((((data2 === "quoted") || (data2 === "pending_payment")) || (data2 === "funded")) || (data2 === "active")) || (data2 === "exhausted")) || (data2 === "expired")) || (data2 === "suspended"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema100.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.credits_funded !== undefined){
let data3 = data.credits_funded;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/credits_funded",schemaPath:"#/properties/credits_funded/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/credits_funded",schemaPath:"#/properties/credits_funded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.credits_reserved !== undefined){
let data4 = data.credits_reserved;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/credits_reserved",schemaPath:"#/properties/credits_reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/credits_reserved",schemaPath:"#/properties/credits_reserved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.credits_debited !== undefined){
let data5 = data.credits_debited;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/credits_debited",schemaPath:"#/properties/credits_debited/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/credits_debited",schemaPath:"#/properties/credits_debited/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.remaining_credits !== undefined){
let data6 = data.remaining_credits;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/remaining_credits",schemaPath:"#/properties/remaining_credits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/remaining_credits",schemaPath:"#/properties/remaining_credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.settlement_receipt_ids !== undefined){
let data7 = data.settlement_receipt_ids;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err23 = {instancePath:instancePath+"/settlement_receipt_ids/" + i0,schemaPath:"#/properties/settlement_receipt_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/settlement_receipt_ids/" + i0,schemaPath:"#/properties/settlement_receipt_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err25 = {instancePath:instancePath+"/settlement_receipt_ids",schemaPath:"#/properties/settlement_receipt_ids/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err26 = {instancePath:instancePath+"/settlement_receipt_ids",schemaPath:"#/properties/settlement_receipt_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data9 = data.updated_at;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err27 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateExceptionTicket = validate44;
const schema101 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/exception-ticket.schema.json","title":"Exception Ticket","description":"An exception opened on a run (seed 001's exception state): insufficient evidence, a tool failure, a failed callback. Served in /tasks/{token}/exceptions and answered by POST /tasks/{token}/recover. It keeps the published fields; the kit adds `replay_package_url` (set once a replay package is ready) and `resolved_at`, and makes `missing_items` and `safe_to_replay` part of the ticket so a requester can decide how to recover without another request.","type":"object","required":["object_type","exception_id","agent_task_run_id","requested_tool","exception_type","severity","status","created_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_exception_ticket"},"exception_id":{"type":"string","minLength":1},"agent_task_run_id":{"type":"string","minLength":1},"task_token":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"exception_type":{"type":"string","enum":["evidence_gap","callback_failure","credit_hold","tool_execution_pause","result_quality_review","settlement_mismatch","manual_review_required"]},"severity":{"type":"string","enum":["low","medium","high","blocked"]},"status":{"type":"string","enum":["open","under_review","waiting_on_requesting_agent","recovery_requested","replay_ready","resolved","closed"]},"evidence_status":{"type":"string","description":"The ticket's own evidence vocabulary: not_applicable where the run record says unknown.","enum":["sufficient","partial","insufficient","not_applicable"]},"missing_items":{"type":"array","items":{"type":"string"},"description":"What the requester must supply for an evidence_gap."},"safe_to_replay":{"type":"boolean","description":"False when the failed step performed external side effects that were not recorded."},"replay_package_url":{"type":"string","format":"uri","description":"Kit addition: the replay package, once the ticket is replay_ready."},"created_at":{"type":"string","format":"date-time"},"resolved_at":{"type":"string","format":"date-time","description":"Kit addition: when the ticket was resolved or closed."}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/exception-ticket.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.exception_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exception_id"},message:"must have required property '"+"exception_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.requested_tool === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.exception_type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exception_type"},message:"must have required property '"+"exception_type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.severity === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.created_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("agent_exception_ticket" !== data0){
const err9 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_exception_ticket"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.exception_id !== undefined){
let data1 = data.exception_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err10 = {instancePath:instancePath+"/exception_id",schemaPath:"#/properties/exception_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/exception_id",schemaPath:"#/properties/exception_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data2 = data.agent_task_run_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.task_token !== undefined){
let data3 = data.task_token;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data4 = data.requested_tool;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((data4 === "packetops") || (data4 === "distributionops")) || (data4 === "tokenops")) || (data4 === "wever_labs_os"))){
const err17 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.exception_type !== undefined){
let data5 = data.exception_type;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/exception_type",schemaPath:"#/properties/exception_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((((((data5 === "evidence_gap") || (data5 === "callback_failure")) || (data5 === "credit_hold")) || (data5 === "tool_execution_pause")) || (data5 === "result_quality_review")) || (data5 === "settlement_mismatch")) || (data5 === "manual_review_required"))){
const err19 = {instancePath:instancePath+"/exception_type",schemaPath:"#/properties/exception_type/enum",keyword:"enum",params:{allowedValues: schema101.properties.exception_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.severity !== undefined){
let data6 = data.severity;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data6 === "low") || (data6 === "medium")) || (data6 === "high")) || (data6 === "blocked"))){
const err21 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema101.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.status !== undefined){
let data7 = data.status;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((((data7 === "open") || (data7 === "under_review")) || (data7 === "waiting_on_requesting_agent")) || (data7 === "recovery_requested")) || (data7 === "replay_ready")) || (data7 === "resolved")) || (data7 === "closed"))){
const err23 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema101.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.evidence_status !== undefined){
let data8 = data.evidence_status;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/evidence_status",schemaPath:"#/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((data8 === "sufficient") || (data8 === "partial")) || (data8 === "insufficient")) || (data8 === "not_applicable"))){
const err25 = {instancePath:instancePath+"/evidence_status",schemaPath:"#/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema101.properties.evidence_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.missing_items !== undefined){
let data9 = data.missing_items;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(typeof data9[i0] !== "string"){
const err26 = {instancePath:instancePath+"/missing_items/" + i0,schemaPath:"#/properties/missing_items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/missing_items",schemaPath:"#/properties/missing_items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.safe_to_replay !== undefined){
if(typeof data.safe_to_replay !== "boolean"){
const err28 = {instancePath:instancePath+"/safe_to_replay",schemaPath:"#/properties/safe_to_replay/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.replay_package_url !== undefined){
let data12 = data.replay_package_url;
if(typeof data12 === "string"){
if(!(formats2(data12))){
const err29 = {instancePath:instancePath+"/replay_package_url",schemaPath:"#/properties/replay_package_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/replay_package_url",schemaPath:"#/properties/replay_package_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.created_at !== undefined){
let data13 = data.created_at;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err31 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.resolved_at !== undefined){
let data14 = data.resolved_at;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err33 = {instancePath:instancePath+"/resolved_at",schemaPath:"#/properties/resolved_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/resolved_at",schemaPath:"#/properties/resolved_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateExceptionTicketList = validate45;
const schema103 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/exception-ticket-list.schema.json","title":"Exception Ticket List","description":"The exception tickets of one run, oldest first, served at /tasks/{token}/exceptions. Designed by the kit as a typed envelope so an empty list is still a recognisable document.","type":"object","required":["object_type","items"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_exception_ticket_list"},"items":{"type":"array","items":{"$ref":"https://weverlabs.com/schemas/exception-ticket.schema.json"}}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/exception-ticket-list.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.items === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("agent_exception_ticket_list" !== data0){
const err3 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_exception_ticket_list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data1[i0], {instancePath:instancePath+"/items/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateHostCapabilities = validate47;
const schema104 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/host-capabilities.schema.json","title":"Host Capabilities","description":"The discovery document a host serves without authentication at GET /api/agents/capabilities. Designed by the kit (the published system has no discovery document): it names the protocol version, the tools the host accepts and its limits, and carries one block per optional area, each with a boolean `supported`. The kit decides from these blocks which scenarios apply: a supported area must pass every MUST rule of that area, an unsupported one is inapplicable. A block that says `supported: true` must carry the parameters the kit tests against.","type":"object","required":["object_type","protocol_version","host","tools","limits","credits","callbacks","replay","queue_monitor","idempotency","agent_runtime","attestation_statement","seams"],"additionalProperties":true,"allOf":[{"description":"Protocol 1.1 sets floors on the limits a client relies on (SPEC.md §4.6); a 1.0 host keeps the bounds it had.","if":{"properties":{"protocol_version":{"const":"1.1"}}},"then":{"properties":{"limits":{"type":"object","properties":{"closed_run_retention_ms":{"type":["integer","null"],"minimum":3600000},"closed_runs_kept_per_tenant":{"type":["integer","null"],"minimum":10},"max_idempotency_keys_per_tenant":{"type":["integer","null"],"minimum":1000}}}}}}],"properties":{"object_type":{"type":"string","const":"agent_host_capabilities"},"protocol_version":{"type":"string","enum":["1.0","1.1"],"description":"The protocol version the host implements: 1.1 (this specification) or 1.0, whose hosts stay conformant (SPEC.md §1.2)."},"host":{"type":"object","required":["name","version"],"additionalProperties":true,"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string","minLength":1}}},"tools":{"type":"array","description":"Every requested_tool the host accepts on quotes and runs.","minItems":1,"uniqueItems":true,"items":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"}},"limits":{"type":"object","required":["max_body_bytes"],"additionalProperties":true,"properties":{"max_body_bytes":{"type":"integer","minimum":1,"description":"Largest request body the host accepts; larger bodies are refused with 413 payload-too-large."},"closed_run_retention_ms":{"type":["integer","null"],"minimum":1,"description":"Host time an ended run (closed or failed) and every document served from it are kept after it ended; null or absent: ended runs are not forgotten for their age. At least one hour from protocol 1.1 (SPEC.md §4.6)."},"closed_runs_kept_per_tenant":{"type":["integer","null"],"minimum":1,"description":"How many of a tenant's most recently ended runs are kept; null or absent: ended runs are not forgotten for their number. At least 10 from protocol 1.1 (SPEC.md §4.6)."},"max_runs_in_flight_per_tenant":{"type":["integer","null"],"minimum":1,"description":"How many runs that have not ended a tenant may hold; a run request beyond it is refused with 429 too-many-requests. Null or absent: no such bound (SPEC.md §4.6)."},"max_idempotency_keys_per_tenant":{"type":["integer","null"],"minimum":1,"description":"How many idempotency keys a tenant may have stored at once; a request with a new key beyond it is refused with 429 too-many-requests. Null or absent: no such bound. At least 1000 from protocol 1.1 (SPEC.md §4.6, §12)."}}},"credits":{"type":"object","required":["unit","integer_units"],"additionalProperties":true,"properties":{"unit":{"type":"string","const":"credit"},"integer_units":{"type":"boolean","const":true,"description":"Every credit amount the host serves is an integer."}}},"callbacks":{"type":"object","description":"Signed callback delivery (Standard Webhooks v1) with retries on the host clock.","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"},"signature_scheme":{"type":"string","const":"standard-webhooks-v1"},"retry_schedule_ms":{"type":"array","description":"Delay before each attempt after the previous one, in milliseconds; the first entry is 0 (the first attempt is made at once). The length is the number of automatic attempts. The first-entry rule is checked by the kit (DISCOVERY-RETRY-SCHEDULE), not here: a positional check would need an open tuple, which strict schema compilation refuses.","minItems":1,"items":{"type":"integer","minimum":0}},"jitter_max_ratio":{"type":"number","minimum":0,"maximum":1,"description":"An attempt is made no later than its delay times (1 + jitter_max_ratio)."},"request_timeout_ms":{"type":"integer","minimum":1,"description":"Real time after which an attempt is abandoned and recorded as failed."},"follows_redirects":{"type":"boolean","const":false}},"if":{"properties":{"supported":{"const":true}}},"then":{"required":["signature_scheme","retry_schedule_ms","jitter_max_ratio","request_timeout_ms","follows_redirects"]}},"replay":{"type":"object","description":"Exception tickets, recovery requests and replay packages.","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"},"credit_debit_policy":{"type":"string","const":"meter_delta_only"}},"if":{"properties":{"supported":{"const":true}}},"then":{"required":["credit_debit_policy"]}},"queue_monitor":{"type":"object","description":"Runner heartbeat, stuck-task alerts and retry commands.","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"},"heartbeat_interval_ms":{"type":"integer","minimum":1},"stuck_threshold_ms":{"type":"integer","minimum":1}},"if":{"properties":{"supported":{"const":true}}},"then":{"required":["heartbeat_interval_ms","stuck_threshold_ms"]}},"idempotency":{"type":"object","description":"Idempotency-Key handling (IETF Idempotency-Key header draft).","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"},"key_lifetime_ms":{"type":"integer","minimum":1,"description":"How long a key is kept, measured on the host clock."},"required_on":{"type":"array","description":"The operations that require an Idempotency-Key, each written `METHOD /api/agents/<path template>`, e.g. `POST /api/agents/run`.","uniqueItems":true,"items":{"type":"string","minLength":1}}},"if":{"properties":{"supported":{"const":true}}},"then":{"required":["key_lifetime_ms","required_on"]}},"agent_runtime":{"type":"object","description":"The host's Agent App Runtime Contract (seed 003), published in `contract`.","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"},"contract":{"$ref":"https://limecloud.github.io/agentapp/schemas/app-runtime.schema.json"}},"if":{"properties":{"supported":{"const":true}}},"then":{"required":["contract"]}},"attestation_statement":{"type":"object","description":"Whether the host also serves the attestation as an in-toto Statement v1 at /tasks/{token}/attestation/statement.","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"}}},"seams":{"type":"object","description":"Conformance-mode test seams (off by default): a controllable host clock, scripted runs and throwaway tenants.","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"},"test_clock":{"$ref":"#/$defs/seam","type":"object","properties":{"per_tenant":{"type":"boolean","description":"Protocol 1.1: every tenant minted through the tenants seam has a test clock of its own (SPEC.md §13.2); absent or false, the clock is host-wide."},"advance_until_rest":{"type":"boolean","description":"Protocol 1.1: POST /_seams/clock/advance accepts `until_at_rest` (SPEC.md §13.2)."},"advance_reads":{"type":"boolean","description":"Protocol 1.1: POST /_seams/clock/advance accepts `reads` and answers them (SPEC.md §13.2)."},"advance_to_next_due":{"type":"boolean","description":"Protocol 1.1: POST /_seams/clock/advance accepts `to_next_due` (SPEC.md §13.2)."}}},"scripted_runs":{"$ref":"#/$defs/seam"},"tenants":{"$ref":"#/$defs/seam","type":"object","properties":{"batch":{"type":"boolean","description":"Protocol 1.1: POST /_seams/tenants accepts `count` and mints that many tenants in one answer (SPEC.md §13.4)."}}}},"if":{"properties":{"supported":{"const":true}}},"then":{"required":["test_clock","scripted_runs","tenants"]}}},"$defs":{"seam":{"type":"object","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"}}}}};
const schema106 = {"type":"object","required":["supported"],"additionalProperties":true,"properties":{"supported":{"type":"boolean"}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/host-capabilities.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.protocol_version !== undefined){
if("1.1" !== data.protocol_version){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limits !== undefined){
let data1 = data.limits;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.closed_run_retention_ms !== undefined){
let data2 = data1.closed_run_retention_ms;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
const err1 = {instancePath:instancePath+"/limits/closed_run_retention_ms",schemaPath:"#/allOf/0/then/properties/limits/properties/closed_run_retention_ms/type",keyword:"type",params:{type: schema104.allOf[0].then.properties.limits.properties.closed_run_retention_ms.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 3600000 || isNaN(data2)){
const err2 = {instancePath:instancePath+"/limits/closed_run_retention_ms",schemaPath:"#/allOf/0/then/properties/limits/properties/closed_run_retention_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600000},message:"must be >= 3600000"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data1.closed_runs_kept_per_tenant !== undefined){
let data3 = data1.closed_runs_kept_per_tenant;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
const err3 = {instancePath:instancePath+"/limits/closed_runs_kept_per_tenant",schemaPath:"#/allOf/0/then/properties/limits/properties/closed_runs_kept_per_tenant/type",keyword:"type",params:{type: schema104.allOf[0].then.properties.limits.properties.closed_runs_kept_per_tenant.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 10 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/limits/closed_runs_kept_per_tenant",schemaPath:"#/allOf/0/then/properties/limits/properties/closed_runs_kept_per_tenant/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data1.max_idempotency_keys_per_tenant !== undefined){
let data4 = data1.max_idempotency_keys_per_tenant;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
const err5 = {instancePath:instancePath+"/limits/max_idempotency_keys_per_tenant",schemaPath:"#/allOf/0/then/properties/limits/properties/max_idempotency_keys_per_tenant/type",keyword:"type",params:{type: schema104.allOf[0].then.properties.limits.properties.max_idempotency_keys_per_tenant.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1000 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/limits/max_idempotency_keys_per_tenant",schemaPath:"#/allOf/0/then/properties/limits/properties/max_idempotency_keys_per_tenant/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/limits",schemaPath:"#/allOf/0/then/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.limits = true;
props0.protocol_version = true;
}
}
if(!valid1){
const err8 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.protocol_version === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "protocol_version"},message:"must have required property '"+"protocol_version"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.host === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.tools === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tools"},message:"must have required property '"+"tools"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.limits === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limits"},message:"must have required property '"+"limits"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.credits === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits"},message:"must have required property '"+"credits"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.callbacks === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callbacks"},message:"must have required property '"+"callbacks"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.replay === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay"},message:"must have required property '"+"replay"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.queue_monitor === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue_monitor"},message:"must have required property '"+"queue_monitor"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.idempotency === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "idempotency"},message:"must have required property '"+"idempotency"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.agent_runtime === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_runtime"},message:"must have required property '"+"agent_runtime"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.attestation_statement === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attestation_statement"},message:"must have required property '"+"attestation_statement"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.seams === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seams"},message:"must have required property '"+"seams"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.object_type !== undefined){
let data5 = data.object_type;
if(typeof data5 !== "string"){
const err22 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if("agent_host_capabilities" !== data5){
const err23 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_host_capabilities"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.protocol_version !== undefined){
let data6 = data.protocol_version;
if(typeof data6 !== "string"){
const err24 = {instancePath:instancePath+"/protocol_version",schemaPath:"#/properties/protocol_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((data6 === "1.0") || (data6 === "1.1"))){
const err25 = {instancePath:instancePath+"/protocol_version",schemaPath:"#/properties/protocol_version/enum",keyword:"enum",params:{allowedValues: schema104.properties.protocol_version.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.host !== undefined){
let data7 = data.host;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err26 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.version === undefined){
const err27 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err28 = {instancePath:instancePath+"/host/name",schemaPath:"#/properties/host/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/host/name",schemaPath:"#/properties/host/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.version !== undefined){
let data9 = data7.version;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err30 = {instancePath:instancePath+"/host/version",schemaPath:"#/properties/host/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/host/version",schemaPath:"#/properties/host/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.tools !== undefined){
let data10 = data.tools;
if(Array.isArray(data10)){
if(data10.length < 1){
const err33 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 !== "string"){
const err34 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((((data11 === "packetops") || (data11 === "distributionops")) || (data11 === "tokenops")) || (data11 === "wever_labs_os"))){
const err35 = {instancePath:instancePath+"/tools/" + i0,schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i1 = data10.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data10[i1], data10[j0])){
const err36 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.limits !== undefined){
let data12 = data.limits;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.max_body_bytes === undefined){
const err38 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/required",keyword:"required",params:{missingProperty: "max_body_bytes"},message:"must have required property '"+"max_body_bytes"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12.max_body_bytes !== undefined){
let data13 = data12.max_body_bytes;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err39 = {instancePath:instancePath+"/limits/max_body_bytes",schemaPath:"#/properties/limits/properties/max_body_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/limits/max_body_bytes",schemaPath:"#/properties/limits/properties/max_body_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data12.closed_run_retention_ms !== undefined){
let data14 = data12.closed_run_retention_ms;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
const err41 = {instancePath:instancePath+"/limits/closed_run_retention_ms",schemaPath:"#/properties/limits/properties/closed_run_retention_ms/type",keyword:"type",params:{type: schema104.properties.limits.properties.closed_run_retention_ms.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err42 = {instancePath:instancePath+"/limits/closed_run_retention_ms",schemaPath:"#/properties/limits/properties/closed_run_retention_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data12.closed_runs_kept_per_tenant !== undefined){
let data15 = data12.closed_runs_kept_per_tenant;
if((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (data15 !== null)){
const err43 = {instancePath:instancePath+"/limits/closed_runs_kept_per_tenant",schemaPath:"#/properties/limits/properties/closed_runs_kept_per_tenant/type",keyword:"type",params:{type: schema104.properties.limits.properties.closed_runs_kept_per_tenant.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/limits/closed_runs_kept_per_tenant",schemaPath:"#/properties/limits/properties/closed_runs_kept_per_tenant/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data12.max_runs_in_flight_per_tenant !== undefined){
let data16 = data12.max_runs_in_flight_per_tenant;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
const err45 = {instancePath:instancePath+"/limits/max_runs_in_flight_per_tenant",schemaPath:"#/properties/limits/properties/max_runs_in_flight_per_tenant/type",keyword:"type",params:{type: schema104.properties.limits.properties.max_runs_in_flight_per_tenant.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err46 = {instancePath:instancePath+"/limits/max_runs_in_flight_per_tenant",schemaPath:"#/properties/limits/properties/max_runs_in_flight_per_tenant/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data12.max_idempotency_keys_per_tenant !== undefined){
let data17 = data12.max_idempotency_keys_per_tenant;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (data17 !== null)){
const err47 = {instancePath:instancePath+"/limits/max_idempotency_keys_per_tenant",schemaPath:"#/properties/limits/properties/max_idempotency_keys_per_tenant/type",keyword:"type",params:{type: schema104.properties.limits.properties.max_idempotency_keys_per_tenant.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
const err48 = {instancePath:instancePath+"/limits/max_idempotency_keys_per_tenant",schemaPath:"#/properties/limits/properties/max_idempotency_keys_per_tenant/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.credits !== undefined){
let data18 = data.credits;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.unit === undefined){
const err50 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data18.integer_units === undefined){
const err51 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/required",keyword:"required",params:{missingProperty: "integer_units"},message:"must have required property '"+"integer_units"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data18.unit !== undefined){
let data19 = data18.unit;
if(typeof data19 !== "string"){
const err52 = {instancePath:instancePath+"/credits/unit",schemaPath:"#/properties/credits/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if("credit" !== data19){
const err53 = {instancePath:instancePath+"/credits/unit",schemaPath:"#/properties/credits/properties/unit/const",keyword:"const",params:{allowedValue: "credit"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data18.integer_units !== undefined){
let data20 = data18.integer_units;
if(typeof data20 !== "boolean"){
const err54 = {instancePath:instancePath+"/credits/integer_units",schemaPath:"#/properties/credits/properties/integer_units/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(true !== data20){
const err55 = {instancePath:instancePath+"/credits/integer_units",schemaPath:"#/properties/credits/properties/integer_units/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.callbacks !== undefined){
let data21 = data.callbacks;
const _errs53 = errors;
let valid13 = true;
const _errs54 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.supported !== undefined){
if(true !== data21.supported){
const err57 = {};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
var _valid1 = _errs54 === errors;
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs56 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.signature_scheme === undefined){
const err58 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/then/required",keyword:"required",params:{missingProperty: "signature_scheme"},message:"must have required property '"+"signature_scheme"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data21.retry_schedule_ms === undefined){
const err59 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/then/required",keyword:"required",params:{missingProperty: "retry_schedule_ms"},message:"must have required property '"+"retry_schedule_ms"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data21.jitter_max_ratio === undefined){
const err60 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/then/required",keyword:"required",params:{missingProperty: "jitter_max_ratio"},message:"must have required property '"+"jitter_max_ratio"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data21.request_timeout_ms === undefined){
const err61 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/then/required",keyword:"required",params:{missingProperty: "request_timeout_ms"},message:"must have required property '"+"request_timeout_ms"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data21.follows_redirects === undefined){
const err62 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/then/required",keyword:"required",params:{missingProperty: "follows_redirects"},message:"must have required property '"+"follows_redirects"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid1 = _errs56 === errors;
valid13 = _valid1;
}
if(!valid13){
const err63 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.supported === undefined){
const err64 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data21.supported !== undefined){
if(typeof data21.supported !== "boolean"){
const err65 = {instancePath:instancePath+"/callbacks/supported",schemaPath:"#/properties/callbacks/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data21.signature_scheme !== undefined){
let data24 = data21.signature_scheme;
if(typeof data24 !== "string"){
const err66 = {instancePath:instancePath+"/callbacks/signature_scheme",schemaPath:"#/properties/callbacks/properties/signature_scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if("standard-webhooks-v1" !== data24){
const err67 = {instancePath:instancePath+"/callbacks/signature_scheme",schemaPath:"#/properties/callbacks/properties/signature_scheme/const",keyword:"const",params:{allowedValue: "standard-webhooks-v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data21.retry_schedule_ms !== undefined){
let data25 = data21.retry_schedule_ms;
if(Array.isArray(data25)){
if(data25.length < 1){
const err68 = {instancePath:instancePath+"/callbacks/retry_schedule_ms",schemaPath:"#/properties/callbacks/properties/retry_schedule_ms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const len1 = data25.length;
for(let i2=0; i2<len1; i2++){
let data26 = data25[i2];
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err69 = {instancePath:instancePath+"/callbacks/retry_schedule_ms/" + i2,schemaPath:"#/properties/callbacks/properties/retry_schedule_ms/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err70 = {instancePath:instancePath+"/callbacks/retry_schedule_ms/" + i2,schemaPath:"#/properties/callbacks/properties/retry_schedule_ms/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/callbacks/retry_schedule_ms",schemaPath:"#/properties/callbacks/properties/retry_schedule_ms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data21.jitter_max_ratio !== undefined){
let data27 = data21.jitter_max_ratio;
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 1 || isNaN(data27)){
const err72 = {instancePath:instancePath+"/callbacks/jitter_max_ratio",schemaPath:"#/properties/callbacks/properties/jitter_max_ratio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err73 = {instancePath:instancePath+"/callbacks/jitter_max_ratio",schemaPath:"#/properties/callbacks/properties/jitter_max_ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/callbacks/jitter_max_ratio",schemaPath:"#/properties/callbacks/properties/jitter_max_ratio/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data21.request_timeout_ms !== undefined){
let data28 = data21.request_timeout_ms;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err75 = {instancePath:instancePath+"/callbacks/request_timeout_ms",schemaPath:"#/properties/callbacks/properties/request_timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 1 || isNaN(data28)){
const err76 = {instancePath:instancePath+"/callbacks/request_timeout_ms",schemaPath:"#/properties/callbacks/properties/request_timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data21.follows_redirects !== undefined){
let data29 = data21.follows_redirects;
if(typeof data29 !== "boolean"){
const err77 = {instancePath:instancePath+"/callbacks/follows_redirects",schemaPath:"#/properties/callbacks/properties/follows_redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(false !== data29){
const err78 = {instancePath:instancePath+"/callbacks/follows_redirects",schemaPath:"#/properties/callbacks/properties/follows_redirects/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.replay !== undefined){
let data30 = data.replay;
const _errs74 = errors;
let valid18 = true;
const _errs75 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.supported !== undefined){
if(true !== data30.supported){
const err80 = {};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
var _valid2 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs77 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.credit_debit_policy === undefined){
const err81 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/then/required",keyword:"required",params:{missingProperty: "credit_debit_policy"},message:"must have required property '"+"credit_debit_policy"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
var _valid2 = _errs77 === errors;
valid18 = _valid2;
}
if(!valid18){
const err82 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.supported === undefined){
const err83 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data30.supported !== undefined){
if(typeof data30.supported !== "boolean"){
const err84 = {instancePath:instancePath+"/replay/supported",schemaPath:"#/properties/replay/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data30.credit_debit_policy !== undefined){
let data33 = data30.credit_debit_policy;
if(typeof data33 !== "string"){
const err85 = {instancePath:instancePath+"/replay/credit_debit_policy",schemaPath:"#/properties/replay/properties/credit_debit_policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if("meter_delta_only" !== data33){
const err86 = {instancePath:instancePath+"/replay/credit_debit_policy",schemaPath:"#/properties/replay/properties/credit_debit_policy/const",keyword:"const",params:{allowedValue: "meter_delta_only"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/replay",schemaPath:"#/properties/replay/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.queue_monitor !== undefined){
let data34 = data.queue_monitor;
const _errs85 = errors;
let valid21 = true;
const _errs86 = errors;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.supported !== undefined){
if(true !== data34.supported){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
var _valid3 = _errs86 === errors;
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs88 = errors;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.heartbeat_interval_ms === undefined){
const err89 = {instancePath:instancePath+"/queue_monitor",schemaPath:"#/properties/queue_monitor/then/required",keyword:"required",params:{missingProperty: "heartbeat_interval_ms"},message:"must have required property '"+"heartbeat_interval_ms"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data34.stuck_threshold_ms === undefined){
const err90 = {instancePath:instancePath+"/queue_monitor",schemaPath:"#/properties/queue_monitor/then/required",keyword:"required",params:{missingProperty: "stuck_threshold_ms"},message:"must have required property '"+"stuck_threshold_ms"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
var _valid3 = _errs88 === errors;
valid21 = _valid3;
}
if(!valid21){
const err91 = {instancePath:instancePath+"/queue_monitor",schemaPath:"#/properties/queue_monitor/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.supported === undefined){
const err92 = {instancePath:instancePath+"/queue_monitor",schemaPath:"#/properties/queue_monitor/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data34.supported !== undefined){
if(typeof data34.supported !== "boolean"){
const err93 = {instancePath:instancePath+"/queue_monitor/supported",schemaPath:"#/properties/queue_monitor/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data34.heartbeat_interval_ms !== undefined){
let data37 = data34.heartbeat_interval_ms;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err94 = {instancePath:instancePath+"/queue_monitor/heartbeat_interval_ms",schemaPath:"#/properties/queue_monitor/properties/heartbeat_interval_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 1 || isNaN(data37)){
const err95 = {instancePath:instancePath+"/queue_monitor/heartbeat_interval_ms",schemaPath:"#/properties/queue_monitor/properties/heartbeat_interval_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
if(data34.stuck_threshold_ms !== undefined){
let data38 = data34.stuck_threshold_ms;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err96 = {instancePath:instancePath+"/queue_monitor/stuck_threshold_ms",schemaPath:"#/properties/queue_monitor/properties/stuck_threshold_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 1 || isNaN(data38)){
const err97 = {instancePath:instancePath+"/queue_monitor/stuck_threshold_ms",schemaPath:"#/properties/queue_monitor/properties/stuck_threshold_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
}
else {
const err98 = {instancePath:instancePath+"/queue_monitor",schemaPath:"#/properties/queue_monitor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.idempotency !== undefined){
let data39 = data.idempotency;
const _errs98 = errors;
let valid24 = true;
const _errs99 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.supported !== undefined){
if(true !== data39.supported){
const err99 = {};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
var _valid4 = _errs99 === errors;
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs101 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.key_lifetime_ms === undefined){
const err100 = {instancePath:instancePath+"/idempotency",schemaPath:"#/properties/idempotency/then/required",keyword:"required",params:{missingProperty: "key_lifetime_ms"},message:"must have required property '"+"key_lifetime_ms"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data39.required_on === undefined){
const err101 = {instancePath:instancePath+"/idempotency",schemaPath:"#/properties/idempotency/then/required",keyword:"required",params:{missingProperty: "required_on"},message:"must have required property '"+"required_on"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
var _valid4 = _errs101 === errors;
valid24 = _valid4;
}
if(!valid24){
const err102 = {instancePath:instancePath+"/idempotency",schemaPath:"#/properties/idempotency/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.supported === undefined){
const err103 = {instancePath:instancePath+"/idempotency",schemaPath:"#/properties/idempotency/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data39.supported !== undefined){
if(typeof data39.supported !== "boolean"){
const err104 = {instancePath:instancePath+"/idempotency/supported",schemaPath:"#/properties/idempotency/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data39.key_lifetime_ms !== undefined){
let data42 = data39.key_lifetime_ms;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err105 = {instancePath:instancePath+"/idempotency/key_lifetime_ms",schemaPath:"#/properties/idempotency/properties/key_lifetime_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 1 || isNaN(data42)){
const err106 = {instancePath:instancePath+"/idempotency/key_lifetime_ms",schemaPath:"#/properties/idempotency/properties/key_lifetime_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
if(data39.required_on !== undefined){
let data43 = data39.required_on;
if(Array.isArray(data43)){
const len2 = data43.length;
for(let i3=0; i3<len2; i3++){
let data44 = data43[i3];
if(typeof data44 === "string"){
if(func1(data44) < 1){
const err107 = {instancePath:instancePath+"/idempotency/required_on/" + i3,schemaPath:"#/properties/idempotency/properties/required_on/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/idempotency/required_on/" + i3,schemaPath:"#/properties/idempotency/properties/required_on/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
let i4 = data43.length;
let j1;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data43[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err109 = {instancePath:instancePath+"/idempotency/required_on",schemaPath:"#/properties/idempotency/properties/required_on/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err110 = {instancePath:instancePath+"/idempotency/required_on",schemaPath:"#/properties/idempotency/properties/required_on/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/idempotency",schemaPath:"#/properties/idempotency/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.agent_runtime !== undefined){
let data45 = data.agent_runtime;
const _errs113 = errors;
let valid30 = true;
const _errs114 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.supported !== undefined){
if(true !== data45.supported){
const err112 = {};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
var _valid5 = _errs114 === errors;
errors = _errs113;
if(vErrors !== null){
if(_errs113){
vErrors.length = _errs113;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs116 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.contract === undefined){
const err113 = {instancePath:instancePath+"/agent_runtime",schemaPath:"#/properties/agent_runtime/then/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
var _valid5 = _errs116 === errors;
valid30 = _valid5;
}
if(!valid30){
const err114 = {instancePath:instancePath+"/agent_runtime",schemaPath:"#/properties/agent_runtime/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.supported === undefined){
const err115 = {instancePath:instancePath+"/agent_runtime",schemaPath:"#/properties/agent_runtime/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data45.supported !== undefined){
if(typeof data45.supported !== "boolean"){
const err116 = {instancePath:instancePath+"/agent_runtime/supported",schemaPath:"#/properties/agent_runtime/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data45.contract !== undefined){
if(!(validate22(data45.contract, {instancePath:instancePath+"/agent_runtime/contract",parentData:data45,parentDataProperty:"contract",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err117 = {instancePath:instancePath+"/agent_runtime",schemaPath:"#/properties/agent_runtime/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.attestation_statement !== undefined){
let data49 = data.attestation_statement;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.supported === undefined){
const err118 = {instancePath:instancePath+"/attestation_statement",schemaPath:"#/properties/attestation_statement/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data49.supported !== undefined){
if(typeof data49.supported !== "boolean"){
const err119 = {instancePath:instancePath+"/attestation_statement/supported",schemaPath:"#/properties/attestation_statement/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/attestation_statement",schemaPath:"#/properties/attestation_statement/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.seams !== undefined){
let data51 = data.seams;
const _errs128 = errors;
let valid34 = true;
const _errs129 = errors;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.supported !== undefined){
if(true !== data51.supported){
const err121 = {};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
var _valid6 = _errs129 === errors;
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs131 = errors;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.test_clock === undefined){
const err122 = {instancePath:instancePath+"/seams",schemaPath:"#/properties/seams/then/required",keyword:"required",params:{missingProperty: "test_clock"},message:"must have required property '"+"test_clock"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data51.scripted_runs === undefined){
const err123 = {instancePath:instancePath+"/seams",schemaPath:"#/properties/seams/then/required",keyword:"required",params:{missingProperty: "scripted_runs"},message:"must have required property '"+"scripted_runs"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data51.tenants === undefined){
const err124 = {instancePath:instancePath+"/seams",schemaPath:"#/properties/seams/then/required",keyword:"required",params:{missingProperty: "tenants"},message:"must have required property '"+"tenants"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
var _valid6 = _errs131 === errors;
valid34 = _valid6;
}
if(!valid34){
const err125 = {instancePath:instancePath+"/seams",schemaPath:"#/properties/seams/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.supported === undefined){
const err126 = {instancePath:instancePath+"/seams",schemaPath:"#/properties/seams/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data51.supported !== undefined){
if(typeof data51.supported !== "boolean"){
const err127 = {instancePath:instancePath+"/seams/supported",schemaPath:"#/properties/seams/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data51.test_clock !== undefined){
let data54 = data51.test_clock;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.supported === undefined){
const err128 = {instancePath:instancePath+"/seams/test_clock",schemaPath:"#/$defs/seam/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data54.supported !== undefined){
if(typeof data54.supported !== "boolean"){
const err129 = {instancePath:instancePath+"/seams/test_clock/supported",schemaPath:"#/$defs/seam/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/seams/test_clock",schemaPath:"#/$defs/seam/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.per_tenant !== undefined){
if(typeof data54.per_tenant !== "boolean"){
const err131 = {instancePath:instancePath+"/seams/test_clock/per_tenant",schemaPath:"#/properties/seams/properties/test_clock/properties/per_tenant/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data54.advance_until_rest !== undefined){
if(typeof data54.advance_until_rest !== "boolean"){
const err132 = {instancePath:instancePath+"/seams/test_clock/advance_until_rest",schemaPath:"#/properties/seams/properties/test_clock/properties/advance_until_rest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data54.advance_reads !== undefined){
if(typeof data54.advance_reads !== "boolean"){
const err133 = {instancePath:instancePath+"/seams/test_clock/advance_reads",schemaPath:"#/properties/seams/properties/test_clock/properties/advance_reads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data54.advance_to_next_due !== undefined){
if(typeof data54.advance_to_next_due !== "boolean"){
const err134 = {instancePath:instancePath+"/seams/test_clock/advance_to_next_due",schemaPath:"#/properties/seams/properties/test_clock/properties/advance_to_next_due/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/seams/test_clock",schemaPath:"#/properties/seams/properties/test_clock/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data51.scripted_runs !== undefined){
let data60 = data51.scripted_runs;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.supported === undefined){
const err136 = {instancePath:instancePath+"/seams/scripted_runs",schemaPath:"#/$defs/seam/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data60.supported !== undefined){
if(typeof data60.supported !== "boolean"){
const err137 = {instancePath:instancePath+"/seams/scripted_runs/supported",schemaPath:"#/$defs/seam/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/seams/scripted_runs",schemaPath:"#/$defs/seam/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data51.tenants !== undefined){
let data62 = data51.tenants;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.supported === undefined){
const err139 = {instancePath:instancePath+"/seams/tenants",schemaPath:"#/$defs/seam/required",keyword:"required",params:{missingProperty: "supported"},message:"must have required property '"+"supported"+"'"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(data62.supported !== undefined){
if(typeof data62.supported !== "boolean"){
const err140 = {instancePath:instancePath+"/seams/tenants/supported",schemaPath:"#/$defs/seam/properties/supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/seams/tenants",schemaPath:"#/$defs/seam/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.batch !== undefined){
if(typeof data62.batch !== "boolean"){
const err142 = {instancePath:instancePath+"/seams/tenants/batch",schemaPath:"#/properties/seams/properties/tenants/properties/batch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/seams/tenants",schemaPath:"#/properties/seams/properties/tenants/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/seams",schemaPath:"#/properties/seams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateInTotoStatement = validate49;
const schema109 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/in-toto-statement.schema.json","title":"in-toto Statement v1","description":"The attestation as an in-toto Statement v1, optionally served at /tasks/{token}/attestation/statement by hosts that advertise `attestation_statement.supported`. The kit uses the widely used in-toto envelope so standard supply-chain verifiers can check a result: the subject is the result package and its sha256 equals the hex of the attestation's result_package_hash.","type":"object","required":["_type","subject","predicateType","predicate"],"additionalProperties":true,"properties":{"_type":{"type":"string","const":"https://in-toto.io/Statement/v1"},"subject":{"type":"array","minItems":1,"items":{"type":"object","required":["name","digest"],"additionalProperties":true,"properties":{"name":{"type":"string","minLength":1},"digest":{"type":"object","required":["sha256"],"additionalProperties":true,"properties":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}}}},"predicateType":{"type":"string","format":"uri"},"predicate":{"type":"object"}}};
const pattern26 = new RegExp("^[0-9a-f]{64}$", "u");

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/in-toto-statement.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data._type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "_type"},message:"must have required property '"+"_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.subject === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.predicateType === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicateType"},message:"must have required property '"+"predicateType"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.predicate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicate"},message:"must have required property '"+"predicate"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data._type !== undefined){
let data0 = data._type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/_type",schemaPath:"#/properties/_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("https://in-toto.io/Statement/v1" !== data0){
const err5 = {instancePath:instancePath+"/_type",schemaPath:"#/properties/_type/const",keyword:"const",params:{allowedValue: "https://in-toto.io/Statement/v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.subject !== undefined){
let data1 = data.subject;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/subject/" + i0,schemaPath:"#/properties/subject/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.digest === undefined){
const err8 = {instancePath:instancePath+"/subject/" + i0,schemaPath:"#/properties/subject/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err9 = {instancePath:instancePath+"/subject/" + i0+"/name",schemaPath:"#/properties/subject/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/subject/" + i0+"/name",schemaPath:"#/properties/subject/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.digest !== undefined){
let data4 = data2.digest;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.sha256 === undefined){
const err11 = {instancePath:instancePath+"/subject/" + i0+"/digest",schemaPath:"#/properties/subject/items/properties/digest/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.sha256 !== undefined){
let data5 = data4.sha256;
if(typeof data5 === "string"){
if(!pattern26.test(data5)){
const err12 = {instancePath:instancePath+"/subject/" + i0+"/digest/sha256",schemaPath:"#/properties/subject/items/properties/digest/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/subject/" + i0+"/digest/sha256",schemaPath:"#/properties/subject/items/properties/digest/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/subject/" + i0+"/digest",schemaPath:"#/properties/subject/items/properties/digest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/subject/" + i0,schemaPath:"#/properties/subject/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.predicateType !== undefined){
let data6 = data.predicateType;
if(typeof data6 === "string"){
if(!(formats2(data6))){
const err17 = {instancePath:instancePath+"/predicateType",schemaPath:"#/properties/predicateType/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/predicateType",schemaPath:"#/properties/predicateType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.predicate !== undefined){
let data7 = data.predicate;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err19 = {instancePath:instancePath+"/predicate",schemaPath:"#/properties/predicate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateLimeAgentTaskEvent = validate50;
const schema110 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://limecloud.github.io/agentapp/schemas/agent-task-event.v1.schema.json","title":"lime.agent-task-event.v1","description":"One event of a lime.agent task, delivered through the `agentSession/event` notification of the Agent App Runtime Contract. The event has a published description but no published schema; the kit designed this one from that description (required and optional members, event types, result subtypes). The kit types `sequence` as an integer (the description says a number) because it orders events, and requires a result subtype on `result` events.","type":"object","required":["schemaVersion","eventId","sequence","type","appId","taskId","traceId","sessionId","at"],"additionalProperties":true,"properties":{"schemaVersion":{"type":"string","const":"lime.agent-task-event.v1"},"eventId":{"type":"string","minLength":1},"sequence":{"type":"integer","minimum":0},"type":{"type":"string","enum":["system:init","system:compact_boundary","task:queued","task:progress","assistant:delta","tool:call","approval:requested","artifact:created","evidence:recorded","result"]},"subtype":{"type":"string"},"appId":{"type":"string","minLength":1},"taskId":{"type":"string","minLength":1},"traceId":{"type":"string","minLength":1},"sessionId":{"type":"string","minLength":1},"turnId":{"type":"string"},"parentTaskId":{"type":"string"},"at":{"type":"string","format":"date-time"},"payload":{"type":"object"},"refs":{"type":"array","items":{"type":"string"}},"usage":{"$ref":"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage"},"cost":{"$ref":"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/cost"}},"if":{"properties":{"type":{"const":"result"}}},"then":{"required":["subtype"],"properties":{"subtype":{"$ref":"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/subtype"}}}};
const schema112 = {"type":"string","enum":["success","error_max_turns","error_during_execution","error_max_budget","error_max_structured_output_retries","error_permission_denied","cancelled"]};
const schema113 = {"type":"object","required":["input_tokens","output_tokens","units"],"additionalProperties":true,"properties":{"input_tokens":{"type":"integer","minimum":0},"output_tokens":{"type":"integer","minimum":0},"units":{"type":"integer","minimum":0,"description":"Metered units of the task."}}};
const schema114 = {"type":"object","required":["credits"],"additionalProperties":true,"properties":{"credits":{"type":"integer","minimum":0}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://limecloud.github.io/agentapp/schemas/agent-task-event.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("result" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.subtype === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "subtype"},message:"must have required property '"+"subtype"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.subtype !== undefined){
let data1 = data.subtype;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/subtype",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/subtype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((data1 === "success") || (data1 === "error_max_turns")) || (data1 === "error_during_execution")) || (data1 === "error_max_budget")) || (data1 === "error_max_structured_output_retries")) || (data1 === "error_permission_denied")) || (data1 === "cancelled"))){
const err3 = {instancePath:instancePath+"/subtype",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/subtype/enum",keyword:"enum",params:{allowedValues: schema112.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.subtype = true;
props0.type = true;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.eventId === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventId"},message:"must have required property '"+"eventId"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.sequence === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.type === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.appId === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appId"},message:"must have required property '"+"appId"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.taskId === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taskId"},message:"must have required property '"+"taskId"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.traceId === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "traceId"},message:"must have required property '"+"traceId"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.sessionId === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sessionId"},message:"must have required property '"+"sessionId"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.at === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.schemaVersion !== undefined){
let data2 = data.schemaVersion;
if(typeof data2 !== "string"){
const err14 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("lime.agent-task-event.v1" !== data2){
const err15 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: "lime.agent-task-event.v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.eventId !== undefined){
let data3 = data.eventId;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err16 = {instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.sequence !== undefined){
let data4 = data.sequence;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err20 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((((((((data5 === "system:init") || (data5 === "system:compact_boundary")) || (data5 === "task:queued")) || (data5 === "task:progress")) || (data5 === "assistant:delta")) || (data5 === "tool:call")) || (data5 === "approval:requested")) || (data5 === "artifact:created")) || (data5 === "evidence:recorded")) || (data5 === "result"))){
const err21 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema110.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.subtype !== undefined){
if(typeof data.subtype !== "string"){
const err22 = {instancePath:instancePath+"/subtype",schemaPath:"#/properties/subtype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.appId !== undefined){
let data7 = data.appId;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err23 = {instancePath:instancePath+"/appId",schemaPath:"#/properties/appId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/appId",schemaPath:"#/properties/appId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.taskId !== undefined){
let data8 = data.taskId;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err25 = {instancePath:instancePath+"/taskId",schemaPath:"#/properties/taskId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/taskId",schemaPath:"#/properties/taskId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.traceId !== undefined){
let data9 = data.traceId;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err27 = {instancePath:instancePath+"/traceId",schemaPath:"#/properties/traceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/traceId",schemaPath:"#/properties/traceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.sessionId !== undefined){
let data10 = data.sessionId;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err29 = {instancePath:instancePath+"/sessionId",schemaPath:"#/properties/sessionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/sessionId",schemaPath:"#/properties/sessionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.turnId !== undefined){
if(typeof data.turnId !== "string"){
const err31 = {instancePath:instancePath+"/turnId",schemaPath:"#/properties/turnId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.parentTaskId !== undefined){
if(typeof data.parentTaskId !== "string"){
const err32 = {instancePath:instancePath+"/parentTaskId",schemaPath:"#/properties/parentTaskId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.at !== undefined){
let data13 = data.at;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err33 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.payload !== undefined){
let data14 = data.payload;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err35 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.refs !== undefined){
let data15 = data.refs;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(typeof data15[i0] !== "string"){
const err36 = {instancePath:instancePath+"/refs/" + i0,schemaPath:"#/properties/refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/refs",schemaPath:"#/properties/refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.usage !== undefined){
let data17 = data.usage;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.input_tokens === undefined){
const err38 = {instancePath:instancePath+"/usage",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/required",keyword:"required",params:{missingProperty: "input_tokens"},message:"must have required property '"+"input_tokens"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data17.output_tokens === undefined){
const err39 = {instancePath:instancePath+"/usage",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/required",keyword:"required",params:{missingProperty: "output_tokens"},message:"must have required property '"+"output_tokens"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17.units === undefined){
const err40 = {instancePath:instancePath+"/usage",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/required",keyword:"required",params:{missingProperty: "units"},message:"must have required property '"+"units"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data17.input_tokens !== undefined){
let data18 = data17.input_tokens;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err41 = {instancePath:instancePath+"/usage/input_tokens",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/properties/input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err42 = {instancePath:instancePath+"/usage/input_tokens",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/properties/input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data17.output_tokens !== undefined){
let data19 = data17.output_tokens;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err43 = {instancePath:instancePath+"/usage/output_tokens",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/properties/output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err44 = {instancePath:instancePath+"/usage/output_tokens",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/properties/output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data17.units !== undefined){
let data20 = data17.units;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err45 = {instancePath:instancePath+"/usage/units",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/properties/units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err46 = {instancePath:instancePath+"/usage/units",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/properties/units/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/usage",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/usage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.cost !== undefined){
let data21 = data.cost;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.credits === undefined){
const err48 = {instancePath:instancePath+"/cost",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/cost/required",keyword:"required",params:{missingProperty: "credits"},message:"must have required property '"+"credits"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data21.credits !== undefined){
let data22 = data21.credits;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err49 = {instancePath:instancePath+"/cost/credits",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/cost/properties/credits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err50 = {instancePath:instancePath+"/cost/credits",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/cost/properties/credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
else {
const err51 = {instancePath:instancePath+"/cost",schemaPath:"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json#/properties/cost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateLimeAgentTaskResult = validate51;
const schema111 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json","title":"lime.agent-task-result.v1","description":"The final result of a lime.agent task, named by the Agent App Runtime Contract (`resultSchema: lime.agent-task-result.v1`) but never published. Designed by the kit from what the contract names (final subtype, usage, cost, artifact refs, evidence refs) so hosts that support the agent runtime have one shape to return. A structured-output failure ends with subtype error_max_structured_output_retries, never success.","type":"object","required":["schemaVersion","taskId","appId","subtype","usage","cost","artifactRefs","evidenceRefs","completedAt"],"additionalProperties":true,"properties":{"schemaVersion":{"type":"string","const":"lime.agent-task-result.v1"},"taskId":{"type":"string","minLength":1},"appId":{"type":"string","minLength":1},"subtype":{"type":"string","enum":["success","error_max_turns","error_during_execution","error_max_budget","error_max_structured_output_retries","error_permission_denied","cancelled"]},"usage":{"type":"object","required":["input_tokens","output_tokens","units"],"additionalProperties":true,"properties":{"input_tokens":{"type":"integer","minimum":0},"output_tokens":{"type":"integer","minimum":0},"units":{"type":"integer","minimum":0,"description":"Metered units of the task."}}},"cost":{"type":"object","required":["credits"],"additionalProperties":true,"properties":{"credits":{"type":"integer","minimum":0}}},"artifactRefs":{"type":"array","items":{"type":"string"}},"evidenceRefs":{"type":"array","items":{"type":"string"}},"structuredOutput":{"description":"The validated structured output, when the task's structuredOutput.type is json_schema and validation succeeded."},"completedAt":{"type":"string","format":"date-time"}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.taskId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taskId"},message:"must have required property '"+"taskId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.appId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appId"},message:"must have required property '"+"appId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subtype === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subtype"},message:"must have required property '"+"subtype"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.usage === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "usage"},message:"must have required property '"+"usage"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.cost === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cost"},message:"must have required property '"+"cost"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.artifactRefs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifactRefs"},message:"must have required property '"+"artifactRefs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.evidenceRefs === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidenceRefs"},message:"must have required property '"+"evidenceRefs"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.completedAt === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completedAt"},message:"must have required property '"+"completedAt"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("lime.agent-task-result.v1" !== data0){
const err10 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: "lime.agent-task-result.v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.taskId !== undefined){
let data1 = data.taskId;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err11 = {instancePath:instancePath+"/taskId",schemaPath:"#/properties/taskId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/taskId",schemaPath:"#/properties/taskId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.appId !== undefined){
let data2 = data.appId;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/appId",schemaPath:"#/properties/appId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/appId",schemaPath:"#/properties/appId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.subtype !== undefined){
let data3 = data.subtype;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/subtype",schemaPath:"#/properties/subtype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((data3 === "success") || (data3 === "error_max_turns")) || (data3 === "error_during_execution")) || (data3 === "error_max_budget")) || (data3 === "error_max_structured_output_retries")) || (data3 === "error_permission_denied")) || (data3 === "cancelled"))){
const err16 = {instancePath:instancePath+"/subtype",schemaPath:"#/properties/subtype/enum",keyword:"enum",params:{allowedValues: schema111.properties.subtype.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.usage !== undefined){
let data4 = data.usage;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.input_tokens === undefined){
const err17 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/required",keyword:"required",params:{missingProperty: "input_tokens"},message:"must have required property '"+"input_tokens"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.output_tokens === undefined){
const err18 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/required",keyword:"required",params:{missingProperty: "output_tokens"},message:"must have required property '"+"output_tokens"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.units === undefined){
const err19 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/required",keyword:"required",params:{missingProperty: "units"},message:"must have required property '"+"units"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.input_tokens !== undefined){
let data5 = data4.input_tokens;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/usage/input_tokens",schemaPath:"#/properties/usage/properties/input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/usage/input_tokens",schemaPath:"#/properties/usage/properties/input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data4.output_tokens !== undefined){
let data6 = data4.output_tokens;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err22 = {instancePath:instancePath+"/usage/output_tokens",schemaPath:"#/properties/usage/properties/output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/usage/output_tokens",schemaPath:"#/properties/usage/properties/output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data4.units !== undefined){
let data7 = data4.units;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err24 = {instancePath:instancePath+"/usage/units",schemaPath:"#/properties/usage/properties/units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/usage/units",schemaPath:"#/properties/usage/properties/units/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.cost !== undefined){
let data8 = data.cost;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.credits === undefined){
const err27 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/required",keyword:"required",params:{missingProperty: "credits"},message:"must have required property '"+"credits"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.credits !== undefined){
let data9 = data8.credits;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/cost/credits",schemaPath:"#/properties/cost/properties/credits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/cost/credits",schemaPath:"#/properties/cost/properties/credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.artifactRefs !== undefined){
let data10 = data.artifactRefs;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(typeof data10[i0] !== "string"){
const err31 = {instancePath:instancePath+"/artifactRefs/" + i0,schemaPath:"#/properties/artifactRefs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/artifactRefs",schemaPath:"#/properties/artifactRefs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.evidenceRefs !== undefined){
let data12 = data.evidenceRefs;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(typeof data12[i1] !== "string"){
const err33 = {instancePath:instancePath+"/evidenceRefs/" + i1,schemaPath:"#/properties/evidenceRefs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/evidenceRefs",schemaPath:"#/properties/evidenceRefs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.completedAt !== undefined){
let data14 = data.completedAt;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err35 = {instancePath:instancePath+"/completedAt",schemaPath:"#/properties/completedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/completedAt",schemaPath:"#/properties/completedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateProblemDetails = validate52;
const schema115 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/problem-details.schema.json","title":"Problem Details","description":"An RFC 9457 problem document, served with content type application/problem+json for every 4xx and 5xx answer. The kit restricts `type` to its registry of `urn:agent-task:problem:<slug>` URIs and binds each type to its HTTP status, so that a client can branch on `type` alone; it adds `errors` (schema failures of an invalid request), `current_state` and `allowed_from_states` (refused commands). Clients ignore members they do not know.","type":"object","required":["type","title","status"],"additionalProperties":true,"properties":{"type":{"type":"string","format":"uri","description":"The problem type: one of the registered `urn:agent-task:problem:<slug>` URIs.","enum":["urn:agent-task:problem:malformed-request","urn:agent-task:problem:malformed-json","urn:agent-task:problem:invalid-request","urn:agent-task:problem:idempotency-key-missing","urn:agent-task:problem:unauthorized","urn:agent-task:problem:insufficient-credits","urn:agent-task:problem:not-found","urn:agent-task:problem:method-not-allowed","urn:agent-task:problem:request-timeout","urn:agent-task:problem:idempotency-key-in-flight","urn:agent-task:problem:invalid-state","urn:agent-task:problem:replay-not-allowed","urn:agent-task:problem:replay-unsafe","urn:agent-task:problem:result-not-ready","urn:agent-task:problem:settlement-conflict","urn:agent-task:problem:quote-expired","urn:agent-task:problem:trust-not-approved","urn:agent-task:problem:payload-too-large","urn:agent-task:problem:unsupported-media-type","urn:agent-task:problem:idempotency-key-reused","urn:agent-task:problem:unsafe-callback-target","urn:agent-task:problem:unsupported-tool","urn:agent-task:problem:too-many-requests","urn:agent-task:problem:header-fields-too-large","urn:agent-task:problem:internal"]},"title":{"type":"string","minLength":1,"description":"Short human-readable summary of the problem type; the same for every occurrence of the type."},"status":{"type":"integer","minimum":400,"maximum":599,"description":"The HTTP status of the answer carrying this document."},"detail":{"type":"string","description":"Human-readable explanation of this occurrence."},"instance":{"type":"string","format":"uri-reference","description":"Reference to this occurrence, typically the request path."},"errors":{"type":"array","description":"Kit addition for invalid-request: one entry per schema failure of the request body.","items":{"type":"object","required":["instancePath","keyword","message"],"additionalProperties":true,"properties":{"instancePath":{"type":"string","description":"JSON Pointer to the failing value in the request body (empty string for the body itself)."},"keyword":{"type":"string","minLength":1,"description":"The JSON Schema keyword that failed, e.g. required, enum, type."},"message":{"type":"string","description":"Human-readable description of the failure."}}}},"current_state":{"type":"string","description":"Kit addition for invalid-state: the run's canonical lifecycle state when the command was refused."},"allowed_from_states":{"type":"array","items":{"type":"string"},"description":"Kit addition for invalid-state: the canonical states from which the refused command is allowed."}},"allOf":[{"description":"Each registered problem type has exactly one HTTP status.","if":{"properties":{"type":{"enum":["urn:agent-task:problem:malformed-request","urn:agent-task:problem:malformed-json","urn:agent-task:problem:invalid-request","urn:agent-task:problem:idempotency-key-missing"]}}},"then":{"properties":{"status":{"const":400}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:unauthorized"}}},"then":{"properties":{"status":{"const":401}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:insufficient-credits"}}},"then":{"properties":{"status":{"const":402}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:trust-not-approved"}}},"then":{"properties":{"status":{"const":403}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:not-found"}}},"then":{"properties":{"status":{"const":404}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:method-not-allowed"}}},"then":{"properties":{"status":{"const":405}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:request-timeout"}}},"then":{"properties":{"status":{"const":408}}}},{"if":{"properties":{"type":{"enum":["urn:agent-task:problem:idempotency-key-in-flight","urn:agent-task:problem:invalid-state","urn:agent-task:problem:replay-not-allowed","urn:agent-task:problem:replay-unsafe","urn:agent-task:problem:result-not-ready","urn:agent-task:problem:settlement-conflict","urn:agent-task:problem:quote-expired"]}}},"then":{"properties":{"status":{"const":409}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:payload-too-large"}}},"then":{"properties":{"status":{"const":413}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:unsupported-media-type"}}},"then":{"properties":{"status":{"const":415}}}},{"if":{"properties":{"type":{"enum":["urn:agent-task:problem:idempotency-key-reused","urn:agent-task:problem:unsafe-callback-target","urn:agent-task:problem:unsupported-tool"]}}},"then":{"properties":{"status":{"const":422}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:too-many-requests"}}},"then":{"properties":{"status":{"const":429}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:header-fields-too-large"}}},"then":{"properties":{"status":{"const":431}}}},{"if":{"properties":{"type":{"const":"urn:agent-task:problem:internal"}}},"then":{"properties":{"status":{"const":500}}}}]};
const formats90 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/problem-details.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(!((((data0 === "urn:agent-task:problem:malformed-request") || (data0 === "urn:agent-task:problem:malformed-json")) || (data0 === "urn:agent-task:problem:invalid-request")) || (data0 === "urn:agent-task:problem:idempotency-key-missing"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(400 !== data.status){
const err1 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/0/then/properties/status/const",keyword:"const",params:{allowedValue: 400},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.status = true;
props0.type = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs8 = errors;
let valid4 = true;
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:unauthorized" !== data.type){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid1 = _errs9 === errors;
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(401 !== data.status){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/1/then/properties/status/const",keyword:"const",params:{allowedValue: 401},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid1 = _errs11 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.status = true;
props1.type = true;
}
}
if(!valid4){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs14 = errors;
let valid7 = true;
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:insufficient-credits" !== data.type){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(402 !== data.status){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/2/then/properties/status/const",keyword:"const",params:{allowedValue: 402},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid2 = _errs17 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.status = true;
props2.type = true;
}
}
if(!valid7){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs20 = errors;
let valid10 = true;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:trust-not-approved" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var _valid3 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(403 !== data.status){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/3/then/properties/status/const",keyword:"const",params:{allowedValue: 403},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var _valid3 = _errs23 === errors;
valid10 = _valid3;
if(valid10){
var props3 = {};
props3.status = true;
props3.type = true;
}
}
if(!valid10){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs26 = errors;
let valid13 = true;
const _errs27 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:not-found" !== data.type){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid4 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(404 !== data.status){
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/4/then/properties/status/const",keyword:"const",params:{allowedValue: 404},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
var _valid4 = _errs29 === errors;
valid13 = _valid4;
if(valid13){
var props4 = {};
props4.status = true;
props4.type = true;
}
}
if(!valid13){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs32 = errors;
let valid16 = true;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:method-not-allowed" !== data.type){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
var _valid5 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(405 !== data.status){
const err16 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/5/then/properties/status/const",keyword:"const",params:{allowedValue: 405},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var _valid5 = _errs35 === errors;
valid16 = _valid5;
if(valid16){
var props5 = {};
props5.status = true;
props5.type = true;
}
}
if(!valid16){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs38 = errors;
let valid19 = true;
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:request-timeout" !== data.type){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
var _valid6 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs41 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(408 !== data.status){
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/6/then/properties/status/const",keyword:"const",params:{allowedValue: 408},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
var _valid6 = _errs41 === errors;
valid19 = _valid6;
if(valid19){
var props6 = {};
props6.status = true;
props6.type = true;
}
}
if(!valid19){
const err20 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs44 = errors;
let valid22 = true;
const _errs45 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data14 = data.type;
if(!(((((((data14 === "urn:agent-task:problem:idempotency-key-in-flight") || (data14 === "urn:agent-task:problem:invalid-state")) || (data14 === "urn:agent-task:problem:replay-not-allowed")) || (data14 === "urn:agent-task:problem:replay-unsafe")) || (data14 === "urn:agent-task:problem:result-not-ready")) || (data14 === "urn:agent-task:problem:settlement-conflict")) || (data14 === "urn:agent-task:problem:quote-expired"))){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
var _valid7 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs47 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(409 !== data.status){
const err22 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/7/then/properties/status/const",keyword:"const",params:{allowedValue: 409},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
var _valid7 = _errs47 === errors;
valid22 = _valid7;
if(valid22){
var props7 = {};
props7.status = true;
props7.type = true;
}
}
if(!valid22){
const err23 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs50 = errors;
let valid25 = true;
const _errs51 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:payload-too-large" !== data.type){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
var _valid8 = _errs51 === errors;
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(413 !== data.status){
const err25 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/8/then/properties/status/const",keyword:"const",params:{allowedValue: 413},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
var _valid8 = _errs53 === errors;
valid25 = _valid8;
if(valid25){
var props8 = {};
props8.status = true;
props8.type = true;
}
}
if(!valid25){
const err26 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs56 = errors;
let valid28 = true;
const _errs57 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:unsupported-media-type" !== data.type){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
var _valid9 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(415 !== data.status){
const err28 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/9/then/properties/status/const",keyword:"const",params:{allowedValue: 415},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
var _valid9 = _errs59 === errors;
valid28 = _valid9;
if(valid28){
var props9 = {};
props9.status = true;
props9.type = true;
}
}
if(!valid28){
const err29 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs62 = errors;
let valid31 = true;
const _errs63 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data20 = data.type;
if(!(((data20 === "urn:agent-task:problem:idempotency-key-reused") || (data20 === "urn:agent-task:problem:unsafe-callback-target")) || (data20 === "urn:agent-task:problem:unsupported-tool"))){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
var _valid10 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs65 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(422 !== data.status){
const err31 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/10/then/properties/status/const",keyword:"const",params:{allowedValue: 422},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
var _valid10 = _errs65 === errors;
valid31 = _valid10;
if(valid31){
var props10 = {};
props10.status = true;
props10.type = true;
}
}
if(!valid31){
const err32 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs68 = errors;
let valid34 = true;
const _errs69 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:too-many-requests" !== data.type){
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
var _valid11 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs71 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(429 !== data.status){
const err34 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/11/then/properties/status/const",keyword:"const",params:{allowedValue: 429},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
var _valid11 = _errs71 === errors;
valid34 = _valid11;
if(valid34){
var props11 = {};
props11.status = true;
props11.type = true;
}
}
if(!valid34){
const err35 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs74 = errors;
let valid37 = true;
const _errs75 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:header-fields-too-large" !== data.type){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
var _valid12 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs77 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(431 !== data.status){
const err37 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/12/then/properties/status/const",keyword:"const",params:{allowedValue: 431},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
var _valid12 = _errs77 === errors;
valid37 = _valid12;
if(valid37){
var props12 = {};
props12.status = true;
props12.type = true;
}
}
if(!valid37){
const err38 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs80 = errors;
let valid40 = true;
const _errs81 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("urn:agent-task:problem:internal" !== data.type){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
var _valid13 = _errs81 === errors;
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs83 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if(500 !== data.status){
const err40 = {instancePath:instancePath+"/status",schemaPath:"#/allOf/13/then/properties/status/const",keyword:"const",params:{allowedValue: 500},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
var _valid13 = _errs83 === errors;
valid40 = _valid13;
if(valid40){
var props13 = {};
props13.status = true;
props13.type = true;
}
}
if(!valid40){
const err41 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err42 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.title === undefined){
const err43 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data.status === undefined){
const err44 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data.type !== undefined){
let data28 = data.type;
if(!(((((((((((((((((((((((((data28 === "urn:agent-task:problem:malformed-request") || (data28 === "urn:agent-task:problem:malformed-json")) || (data28 === "urn:agent-task:problem:invalid-request")) || (data28 === "urn:agent-task:problem:idempotency-key-missing")) || (data28 === "urn:agent-task:problem:unauthorized")) || (data28 === "urn:agent-task:problem:insufficient-credits")) || (data28 === "urn:agent-task:problem:not-found")) || (data28 === "urn:agent-task:problem:method-not-allowed")) || (data28 === "urn:agent-task:problem:request-timeout")) || (data28 === "urn:agent-task:problem:idempotency-key-in-flight")) || (data28 === "urn:agent-task:problem:invalid-state")) || (data28 === "urn:agent-task:problem:replay-not-allowed")) || (data28 === "urn:agent-task:problem:replay-unsafe")) || (data28 === "urn:agent-task:problem:result-not-ready")) || (data28 === "urn:agent-task:problem:settlement-conflict")) || (data28 === "urn:agent-task:problem:quote-expired")) || (data28 === "urn:agent-task:problem:trust-not-approved")) || (data28 === "urn:agent-task:problem:payload-too-large")) || (data28 === "urn:agent-task:problem:unsupported-media-type")) || (data28 === "urn:agent-task:problem:idempotency-key-reused")) || (data28 === "urn:agent-task:problem:unsafe-callback-target")) || (data28 === "urn:agent-task:problem:unsupported-tool")) || (data28 === "urn:agent-task:problem:too-many-requests")) || (data28 === "urn:agent-task:problem:header-fields-too-large")) || (data28 === "urn:agent-task:problem:internal"))){
const err45 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema115.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data28 === "string"){
if(!(formats2(data28))){
const err46 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.title !== undefined){
let data29 = data.title;
if(typeof data29 === "string"){
if(func1(data29) < 1){
const err48 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.status !== undefined){
let data30 = data.status;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err50 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 599 || isNaN(data30)){
const err51 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data30 < 400 || isNaN(data30)){
const err52 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err53 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.instance !== undefined){
let data32 = data.instance;
if(typeof data32 === "string"){
if(!(formats90.test(data32))){
const err54 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.errors !== undefined){
let data33 = data.errors;
if(Array.isArray(data33)){
const len0 = data33.length;
for(let i0=0; i0<len0; i0++){
let data34 = data33[i0];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.instancePath === undefined){
const err56 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "instancePath"},message:"must have required property '"+"instancePath"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data34.keyword === undefined){
const err57 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "keyword"},message:"must have required property '"+"keyword"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data34.message === undefined){
const err58 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data34.instancePath !== undefined){
if(typeof data34.instancePath !== "string"){
const err59 = {instancePath:instancePath+"/errors/" + i0+"/instancePath",schemaPath:"#/properties/errors/items/properties/instancePath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data34.keyword !== undefined){
let data36 = data34.keyword;
if(typeof data36 === "string"){
if(func1(data36) < 1){
const err60 = {instancePath:instancePath+"/errors/" + i0+"/keyword",schemaPath:"#/properties/errors/items/properties/keyword/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/errors/" + i0+"/keyword",schemaPath:"#/properties/errors/items/properties/keyword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data34.message !== undefined){
if(typeof data34.message !== "string"){
const err62 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.current_state !== undefined){
if(typeof data.current_state !== "string"){
const err65 = {instancePath:instancePath+"/current_state",schemaPath:"#/properties/current_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.allowed_from_states !== undefined){
let data39 = data.allowed_from_states;
if(Array.isArray(data39)){
const len1 = data39.length;
for(let i1=0; i1<len1; i1++){
if(typeof data39[i1] !== "string"){
const err66 = {instancePath:instancePath+"/allowed_from_states/" + i1,schemaPath:"#/properties/allowed_from_states/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/allowed_from_states",schemaPath:"#/properties/allowed_from_states/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateQueueMonitor = validate53;
const schema116 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/queue-monitor.schema.json","title":"Queue Monitor","description":"The scheduler's pulse for one tenant, served at GET /api/agents/queue/monitor: the runner heartbeat and counts of runs per column and metric. Designed by the kit from the published monitor page (columns accepted … closed; metrics last run, next run, processed, advanced, stuck, retry-ready, heartbeat on time) and seed 002's ask for failed task and callback retry counts, so that each figure can be checked against the tenant's runs.","type":"object","required":["object_type","heartbeat","counts","stuck_threshold_ms","observed_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_queue_monitor"},"heartbeat":{"type":"object","required":["last_runner_pulse_at","next_runner_pulse_at","heartbeat_interval_ms","on_time"],"additionalProperties":true,"properties":{"last_runner_pulse_at":{"type":["string","null"],"format":"date-time","description":"Host time of the runner's last pulse; null before its first."},"next_runner_pulse_at":{"type":"string","format":"date-time"},"heartbeat_interval_ms":{"type":"integer","minimum":1},"on_time":{"type":"boolean","description":"Whether the last pulse came within one heartbeat interval of the one before."}}},"counts":{"type":"object","description":"Runs of the tenant per column (accepted … closed) and per metric (processed … retry_ready).","required":["accepted","queued","operating","result_ready","callback","exception","replay","closed","processed","advanced","stuck","failed","callback_retries","retry_ready"],"additionalProperties":true,"properties":{"accepted":{"$ref":"#/$defs/count"},"queued":{"$ref":"#/$defs/count"},"operating":{"$ref":"#/$defs/count"},"result_ready":{"$ref":"#/$defs/count"},"callback":{"$ref":"#/$defs/count"},"exception":{"$ref":"#/$defs/count"},"replay":{"$ref":"#/$defs/count"},"closed":{"$ref":"#/$defs/count"},"processed":{"$ref":"#/$defs/count"},"advanced":{"$ref":"#/$defs/count"},"stuck":{"$ref":"#/$defs/count"},"failed":{"$ref":"#/$defs/count"},"callback_retries":{"$ref":"#/$defs/count"},"retry_ready":{"$ref":"#/$defs/count"}}},"stuck_threshold_ms":{"type":"integer","minimum":1},"observed_at":{"type":"string","format":"date-time"}},"$defs":{"count":{"type":"integer","minimum":0}}};
const schema117 = {"type":"integer","minimum":0};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/queue-monitor.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.heartbeat === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "heartbeat"},message:"must have required property '"+"heartbeat"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.counts === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.stuck_threshold_ms === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stuck_threshold_ms"},message:"must have required property '"+"stuck_threshold_ms"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.observed_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observed_at"},message:"must have required property '"+"observed_at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("agent_queue_monitor" !== data0){
const err6 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_queue_monitor"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.heartbeat !== undefined){
let data1 = data.heartbeat;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.last_runner_pulse_at === undefined){
const err7 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/required",keyword:"required",params:{missingProperty: "last_runner_pulse_at"},message:"must have required property '"+"last_runner_pulse_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.next_runner_pulse_at === undefined){
const err8 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/required",keyword:"required",params:{missingProperty: "next_runner_pulse_at"},message:"must have required property '"+"next_runner_pulse_at"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.heartbeat_interval_ms === undefined){
const err9 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/required",keyword:"required",params:{missingProperty: "heartbeat_interval_ms"},message:"must have required property '"+"heartbeat_interval_ms"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.on_time === undefined){
const err10 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/required",keyword:"required",params:{missingProperty: "on_time"},message:"must have required property '"+"on_time"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.last_runner_pulse_at !== undefined){
let data2 = data1.last_runner_pulse_at;
if((typeof data2 !== "string") && (data2 !== null)){
const err11 = {instancePath:instancePath+"/heartbeat/last_runner_pulse_at",schemaPath:"#/properties/heartbeat/properties/last_runner_pulse_at/type",keyword:"type",params:{type: schema116.properties.heartbeat.properties.last_runner_pulse_at.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/heartbeat/last_runner_pulse_at",schemaPath:"#/properties/heartbeat/properties/last_runner_pulse_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data1.next_runner_pulse_at !== undefined){
let data3 = data1.next_runner_pulse_at;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err13 = {instancePath:instancePath+"/heartbeat/next_runner_pulse_at",schemaPath:"#/properties/heartbeat/properties/next_runner_pulse_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/heartbeat/next_runner_pulse_at",schemaPath:"#/properties/heartbeat/properties/next_runner_pulse_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.heartbeat_interval_ms !== undefined){
let data4 = data1.heartbeat_interval_ms;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/heartbeat/heartbeat_interval_ms",schemaPath:"#/properties/heartbeat/properties/heartbeat_interval_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/heartbeat/heartbeat_interval_ms",schemaPath:"#/properties/heartbeat/properties/heartbeat_interval_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data1.on_time !== undefined){
if(typeof data1.on_time !== "boolean"){
const err17 = {instancePath:instancePath+"/heartbeat/on_time",schemaPath:"#/properties/heartbeat/properties/on_time/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.counts !== undefined){
let data6 = data.counts;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.accepted === undefined){
const err19 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "accepted"},message:"must have required property '"+"accepted"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.queued === undefined){
const err20 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "queued"},message:"must have required property '"+"queued"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.operating === undefined){
const err21 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "operating"},message:"must have required property '"+"operating"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.result_ready === undefined){
const err22 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "result_ready"},message:"must have required property '"+"result_ready"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.callback === undefined){
const err23 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "callback"},message:"must have required property '"+"callback"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.exception === undefined){
const err24 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "exception"},message:"must have required property '"+"exception"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6.replay === undefined){
const err25 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "replay"},message:"must have required property '"+"replay"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.closed === undefined){
const err26 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "closed"},message:"must have required property '"+"closed"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.processed === undefined){
const err27 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "processed"},message:"must have required property '"+"processed"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data6.advanced === undefined){
const err28 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "advanced"},message:"must have required property '"+"advanced"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data6.stuck === undefined){
const err29 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "stuck"},message:"must have required property '"+"stuck"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data6.failed === undefined){
const err30 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "failed"},message:"must have required property '"+"failed"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data6.callback_retries === undefined){
const err31 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "callback_retries"},message:"must have required property '"+"callback_retries"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data6.retry_ready === undefined){
const err32 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "retry_ready"},message:"must have required property '"+"retry_ready"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6.accepted !== undefined){
let data7 = data6.accepted;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err33 = {instancePath:instancePath+"/counts/accepted",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err34 = {instancePath:instancePath+"/counts/accepted",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data6.queued !== undefined){
let data8 = data6.queued;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err35 = {instancePath:instancePath+"/counts/queued",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err36 = {instancePath:instancePath+"/counts/queued",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data6.operating !== undefined){
let data9 = data6.operating;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err37 = {instancePath:instancePath+"/counts/operating",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err38 = {instancePath:instancePath+"/counts/operating",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data6.result_ready !== undefined){
let data10 = data6.result_ready;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err39 = {instancePath:instancePath+"/counts/result_ready",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err40 = {instancePath:instancePath+"/counts/result_ready",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data6.callback !== undefined){
let data11 = data6.callback;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err41 = {instancePath:instancePath+"/counts/callback",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err42 = {instancePath:instancePath+"/counts/callback",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data6.exception !== undefined){
let data12 = data6.exception;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err43 = {instancePath:instancePath+"/counts/exception",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err44 = {instancePath:instancePath+"/counts/exception",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data6.replay !== undefined){
let data13 = data6.replay;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err45 = {instancePath:instancePath+"/counts/replay",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err46 = {instancePath:instancePath+"/counts/replay",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data6.closed !== undefined){
let data14 = data6.closed;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err47 = {instancePath:instancePath+"/counts/closed",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err48 = {instancePath:instancePath+"/counts/closed",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data6.processed !== undefined){
let data15 = data6.processed;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err49 = {instancePath:instancePath+"/counts/processed",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err50 = {instancePath:instancePath+"/counts/processed",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data6.advanced !== undefined){
let data16 = data6.advanced;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err51 = {instancePath:instancePath+"/counts/advanced",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err52 = {instancePath:instancePath+"/counts/advanced",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data6.stuck !== undefined){
let data17 = data6.stuck;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err53 = {instancePath:instancePath+"/counts/stuck",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err54 = {instancePath:instancePath+"/counts/stuck",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data6.failed !== undefined){
let data18 = data6.failed;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err55 = {instancePath:instancePath+"/counts/failed",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err56 = {instancePath:instancePath+"/counts/failed",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data6.callback_retries !== undefined){
let data19 = data6.callback_retries;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err57 = {instancePath:instancePath+"/counts/callback_retries",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err58 = {instancePath:instancePath+"/counts/callback_retries",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data6.retry_ready !== undefined){
let data20 = data6.retry_ready;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err59 = {instancePath:instancePath+"/counts/retry_ready",schemaPath:"#/$defs/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err60 = {instancePath:instancePath+"/counts/retry_ready",schemaPath:"#/$defs/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.stuck_threshold_ms !== undefined){
let data21 = data.stuck_threshold_ms;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err62 = {instancePath:instancePath+"/stuck_threshold_ms",schemaPath:"#/properties/stuck_threshold_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err63 = {instancePath:instancePath+"/stuck_threshold_ms",schemaPath:"#/properties/stuck_threshold_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data.observed_at !== undefined){
let data22 = data.observed_at;
if(typeof data22 === "string"){
if(!(formats0.validate(data22))){
const err64 = {instancePath:instancePath+"/observed_at",schemaPath:"#/properties/observed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/observed_at",schemaPath:"#/properties/observed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateQuote = validate54;
const schema131 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/quote.schema.json","title":"Quote","description":"The 201 answer to POST /api/agents/quote: how many integer credits a run of this size costs and until when the offer holds. Designed by the kit around the published quote request; a run created from it reserves `credits_quoted`, and an expired quote is refused with 409 quote-expired.","type":"object","required":["object_type","quote_id","requested_tool","requested_capability","credits_quoted","credit_unit","expires_at","created_at","estimate_basis"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_quote"},"quote_id":{"type":"string","minLength":1},"trust_profile_id":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"requested_capability":{"type":"string","minLength":1},"credits_quoted":{"type":"integer","minimum":1},"credit_unit":{"type":"string","const":"credit"},"estimate_basis":{"$ref":"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis"},"expires_at":{"type":"string","format":"date-time"},"created_at":{"type":"string","format":"date-time"}}};
const schema135 = {"type":"object","required":["records_count","files_count","needs_callback"],"additionalProperties":true,"properties":{"records_count":{"type":"integer","minimum":0},"files_count":{"type":"integer","minimum":0},"needs_callback":{"type":"boolean"}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/quote.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quote_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote_id"},message:"must have required property '"+"quote_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.requested_tool === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.requested_capability === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_capability"},message:"must have required property '"+"requested_capability"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.credits_quoted === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits_quoted"},message:"must have required property '"+"credits_quoted"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.credit_unit === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credit_unit"},message:"must have required property '"+"credit_unit"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.expires_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"},message:"must have required property '"+"expires_at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.created_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.estimate_basis === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "estimate_basis"},message:"must have required property '"+"estimate_basis"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("agent_quote" !== data0){
const err10 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_quote"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.quote_id !== undefined){
let data1 = data.quote_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err11 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.trust_profile_id !== undefined){
let data2 = data.trust_profile_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data3 = data.requested_tool;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((((data3 === "packetops") || (data3 === "distributionops")) || (data3 === "tokenops")) || (data3 === "wever_labs_os"))){
const err16 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.requested_capability !== undefined){
let data4 = data.requested_capability;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err17 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.credits_quoted !== undefined){
let data5 = data.credits_quoted;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/credits_quoted",schemaPath:"#/properties/credits_quoted/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/credits_quoted",schemaPath:"#/properties/credits_quoted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.credit_unit !== undefined){
let data6 = data.credit_unit;
if(typeof data6 !== "string"){
const err21 = {instancePath:instancePath+"/credit_unit",schemaPath:"#/properties/credit_unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("credit" !== data6){
const err22 = {instancePath:instancePath+"/credit_unit",schemaPath:"#/properties/credit_unit/const",keyword:"const",params:{allowedValue: "credit"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.estimate_basis !== undefined){
let data7 = data.estimate_basis;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.records_count === undefined){
const err23 = {instancePath:instancePath+"/estimate_basis",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/required",keyword:"required",params:{missingProperty: "records_count"},message:"must have required property '"+"records_count"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7.files_count === undefined){
const err24 = {instancePath:instancePath+"/estimate_basis",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/required",keyword:"required",params:{missingProperty: "files_count"},message:"must have required property '"+"files_count"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.needs_callback === undefined){
const err25 = {instancePath:instancePath+"/estimate_basis",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/required",keyword:"required",params:{missingProperty: "needs_callback"},message:"must have required property '"+"needs_callback"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.records_count !== undefined){
let data8 = data7.records_count;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/estimate_basis/records_count",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/properties/records_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/estimate_basis/records_count",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/properties/records_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data7.files_count !== undefined){
let data9 = data7.files_count;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/estimate_basis/files_count",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/properties/files_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/estimate_basis/files_count",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/properties/files_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data7.needs_callback !== undefined){
if(typeof data7.needs_callback !== "boolean"){
const err30 = {instancePath:instancePath+"/estimate_basis/needs_callback",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/properties/needs_callback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/estimate_basis",schemaPath:"https://weverlabs.com/schemas/quote-request.schema.json#/properties/estimate_basis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.expires_at !== undefined){
let data11 = data.expires_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err32 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.created_at !== undefined){
let data12 = data.created_at;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err34 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateQuoteRequest = validate55;
const schema133 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/quote-request.schema.json","title":"Quote Request","description":"Body of POST /api/agents/quote: what the requesting agent wants done and how big it is. It keeps the published `agent_quote_request` fields; the kit types the size estimate as integers.","type":"object","required":["request_type","requested_tool","requested_capability","estimate_basis"],"additionalProperties":true,"properties":{"request_type":{"type":"string","const":"agent_quote_request"},"trust_profile_id":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"requested_capability":{"type":"string","minLength":1},"estimate_basis":{"type":"object","required":["records_count","files_count","needs_callback"],"additionalProperties":true,"properties":{"records_count":{"type":"integer","minimum":0},"files_count":{"type":"integer","minimum":0},"needs_callback":{"type":"boolean"}}}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/quote-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "request_type"},message:"must have required property '"+"request_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.requested_tool === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.requested_capability === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_capability"},message:"must have required property '"+"requested_capability"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.estimate_basis === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "estimate_basis"},message:"must have required property '"+"estimate_basis"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.request_type !== undefined){
let data0 = data.request_type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/request_type",schemaPath:"#/properties/request_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("agent_quote_request" !== data0){
const err5 = {instancePath:instancePath+"/request_type",schemaPath:"#/properties/request_type/const",keyword:"const",params:{allowedValue: "agent_quote_request"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.trust_profile_id !== undefined){
let data1 = data.trust_profile_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data2 = data.requested_tool;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data2 === "packetops") || (data2 === "distributionops")) || (data2 === "tokenops")) || (data2 === "wever_labs_os"))){
const err9 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.requested_capability !== undefined){
let data3 = data.requested_capability;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.estimate_basis !== undefined){
let data4 = data.estimate_basis;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.records_count === undefined){
const err12 = {instancePath:instancePath+"/estimate_basis",schemaPath:"#/properties/estimate_basis/required",keyword:"required",params:{missingProperty: "records_count"},message:"must have required property '"+"records_count"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.files_count === undefined){
const err13 = {instancePath:instancePath+"/estimate_basis",schemaPath:"#/properties/estimate_basis/required",keyword:"required",params:{missingProperty: "files_count"},message:"must have required property '"+"files_count"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.needs_callback === undefined){
const err14 = {instancePath:instancePath+"/estimate_basis",schemaPath:"#/properties/estimate_basis/required",keyword:"required",params:{missingProperty: "needs_callback"},message:"must have required property '"+"needs_callback"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.records_count !== undefined){
let data5 = data4.records_count;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/estimate_basis/records_count",schemaPath:"#/properties/estimate_basis/properties/records_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/estimate_basis/records_count",schemaPath:"#/properties/estimate_basis/properties/records_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data4.files_count !== undefined){
let data6 = data4.files_count;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/estimate_basis/files_count",schemaPath:"#/properties/estimate_basis/properties/files_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/estimate_basis/files_count",schemaPath:"#/properties/estimate_basis/properties/files_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data4.needs_callback !== undefined){
if(typeof data4.needs_callback !== "boolean"){
const err19 = {instancePath:instancePath+"/estimate_basis/needs_callback",schemaPath:"#/properties/estimate_basis/properties/needs_callback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/estimate_basis",schemaPath:"#/properties/estimate_basis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateRecoveryRequest = validate56;
const schema136 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/recovery-request.schema.json","title":"Recovery Request","description":"Body of POST /tasks/{token}/recover (requires an Idempotency-Key): the requester asks to recover an open exception, and the host prepares a replay package. It keeps the published `agent_recovery_request` shape; the kit names the ticket by `exception_id` and fixes the list of recovery actions.","type":"object","required":["object_type","exception_id","recovery_action"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_recovery_request"},"exception_id":{"type":"string","minLength":1},"recovery_action":{"type":"string","enum":["add_evidence","retry_step","accept_partial","resume_after_stall"]},"new_evidence_items":{"type":"array","items":{"type":"string"},"description":"Evidence supplied with add_evidence; a replay after it treats evidence as sufficient."},"note":{"type":"string"}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/recovery-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.exception_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exception_id"},message:"must have required property '"+"exception_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.recovery_action === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recovery_action"},message:"must have required property '"+"recovery_action"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("agent_recovery_request" !== data0){
const err4 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_recovery_request"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.exception_id !== undefined){
let data1 = data.exception_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/exception_id",schemaPath:"#/properties/exception_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/exception_id",schemaPath:"#/properties/exception_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.recovery_action !== undefined){
let data2 = data.recovery_action;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/recovery_action",schemaPath:"#/properties/recovery_action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data2 === "add_evidence") || (data2 === "retry_step")) || (data2 === "accept_partial")) || (data2 === "resume_after_stall"))){
const err8 = {instancePath:instancePath+"/recovery_action",schemaPath:"#/properties/recovery_action/enum",keyword:"enum",params:{allowedValues: schema136.properties.recovery_action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.new_evidence_items !== undefined){
let data3 = data.new_evidence_items;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err9 = {instancePath:instancePath+"/new_evidence_items/" + i0,schemaPath:"#/properties/new_evidence_items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/new_evidence_items",schemaPath:"#/properties/new_evidence_items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.note !== undefined){
if(typeof data.note !== "string"){
const err11 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateReplayPackage = validate57;
const schema137 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/replay-package.schema.json","title":"Replay Package","description":"What a replay of a paused run will do, served at /tasks/{token}/replay-package once a recovery request made it ready. Designed by the kit from seed 001's replay example (state replay_ready, exception_id, replay_package_url, safe_to_replay, credit_debit_policy meter_delta_only): it adds the checkpoint and completed steps, which a replay never reruns, the reasons a replay would be unsafe, and the credits already debited, which a replay never debits again.","type":"object","required":["object_type","replay_package_id","agent_task_run_id","task_token","exception_id","state","checkpoint","completed_steps","safe_to_replay","unsafe_reasons","credit_debit_policy","credits_debited_so_far","replay_package_url","created_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_replay_package"},"replay_package_id":{"type":"string","minLength":1},"agent_task_run_id":{"type":"string","minLength":1},"task_token":{"type":"string","minLength":1},"exception_id":{"type":"string","minLength":1},"state":{"type":"string","const":"replay_ready"},"checkpoint":{"type":"object","description":"The last completed step and the ledger sequence of the event that recorded it; step is null when no step was completed.","required":["step","sequence"],"additionalProperties":true,"properties":{"step":{"anyOf":[{"$ref":"https://weverlabs.com/schemas/agent-run-state-event.schema.json#/properties/step"},{"type":"null"}]},"sequence":{"type":"integer","minimum":1}}},"completed_steps":{"type":"array","uniqueItems":true,"items":{"$ref":"https://weverlabs.com/schemas/agent-run-state-event.schema.json#/properties/step"}},"safe_to_replay":{"type":"boolean"},"unsafe_reasons":{"type":"array","items":{"type":"string","minLength":1},"description":"Why a replay would repeat unrecorded side effects; empty exactly when safe_to_replay is true."},"credit_debit_policy":{"type":"string","const":"meter_delta_only"},"credits_debited_so_far":{"type":"integer","minimum":0},"replay_package_url":{"type":"string","format":"uri"},"created_at":{"type":"string","format":"date-time"}},"if":{"properties":{"safe_to_replay":{"const":true}}},"then":{"properties":{"unsafe_reasons":{"type":"array","maxItems":0}}},"else":{"properties":{"unsafe_reasons":{"type":"array","minItems":1}}}};
const schema138 = {"type":"string","description":"Kit addition: the runner step a step event starts or completes.","enum":["evidence_review","tool_execution","result_packaged","receipt_issued","callback"]};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/replay-package.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.safe_to_replay !== undefined){
if(true !== data.safe_to_replay){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unsafe_reasons !== undefined){
let data1 = data.unsafe_reasons;
if(Array.isArray(data1)){
if(data1.length > 0){
const err1 = {instancePath:instancePath+"/unsafe_reasons",schemaPath:"#/then/properties/unsafe_reasons/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/unsafe_reasons",schemaPath:"#/then/properties/unsafe_reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.unsafe_reasons = true;
props0.safe_to_replay = true;
}
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unsafe_reasons !== undefined){
let data2 = data.unsafe_reasons;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/unsafe_reasons",schemaPath:"#/else/properties/unsafe_reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/unsafe_reasons",schemaPath:"#/else/properties/unsafe_reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid0 = _errs7 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.unsafe_reasons = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.replay_package_id === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_package_id"},message:"must have required property '"+"replay_package_id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.task_token === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task_token"},message:"must have required property '"+"task_token"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.exception_id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exception_id"},message:"must have required property '"+"exception_id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.state === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.checkpoint === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoint"},message:"must have required property '"+"checkpoint"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.completed_steps === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_steps"},message:"must have required property '"+"completed_steps"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.safe_to_replay === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "safe_to_replay"},message:"must have required property '"+"safe_to_replay"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.unsafe_reasons === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unsafe_reasons"},message:"must have required property '"+"unsafe_reasons"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.credit_debit_policy === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credit_debit_policy"},message:"must have required property '"+"credit_debit_policy"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.credits_debited_so_far === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits_debited_so_far"},message:"must have required property '"+"credits_debited_so_far"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.replay_package_url === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_package_url"},message:"must have required property '"+"replay_package_url"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.created_at === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.object_type !== undefined){
let data3 = data.object_type;
if(typeof data3 !== "string"){
const err20 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("agent_replay_package" !== data3){
const err21 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_replay_package"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.replay_package_id !== undefined){
let data4 = data.replay_package_id;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err22 = {instancePath:instancePath+"/replay_package_id",schemaPath:"#/properties/replay_package_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/replay_package_id",schemaPath:"#/properties/replay_package_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data5 = data.agent_task_run_id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err24 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.task_token !== undefined){
let data6 = data.task_token;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err26 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.exception_id !== undefined){
let data7 = data.exception_id;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err28 = {instancePath:instancePath+"/exception_id",schemaPath:"#/properties/exception_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/exception_id",schemaPath:"#/properties/exception_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.state !== undefined){
let data8 = data.state;
if(typeof data8 !== "string"){
const err30 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if("replay_ready" !== data8){
const err31 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/const",keyword:"const",params:{allowedValue: "replay_ready"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.checkpoint !== undefined){
let data9 = data.checkpoint;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.step === undefined){
const err32 = {instancePath:instancePath+"/checkpoint",schemaPath:"#/properties/checkpoint/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data9.sequence === undefined){
const err33 = {instancePath:instancePath+"/checkpoint",schemaPath:"#/properties/checkpoint/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data9.step !== undefined){
let data10 = data9.step;
const _errs27 = errors;
let valid6 = false;
const _errs28 = errors;
if(typeof data10 !== "string"){
const err34 = {instancePath:instancePath+"/checkpoint/step",schemaPath:"https://weverlabs.com/schemas/agent-run-state-event.schema.json#/properties/step/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(((((data10 === "evidence_review") || (data10 === "tool_execution")) || (data10 === "result_packaged")) || (data10 === "receipt_issued")) || (data10 === "callback"))){
const err35 = {instancePath:instancePath+"/checkpoint/step",schemaPath:"https://weverlabs.com/schemas/agent-run-state-event.schema.json#/properties/step/enum",keyword:"enum",params:{allowedValues: schema138.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid6 = valid6 || _valid1;
const _errs31 = errors;
if(data10 !== null){
const err36 = {instancePath:instancePath+"/checkpoint/step",schemaPath:"#/properties/checkpoint/properties/step/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err37 = {instancePath:instancePath+"/checkpoint/step",schemaPath:"#/properties/checkpoint/properties/step/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data9.sequence !== undefined){
let data11 = data9.sequence;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err38 = {instancePath:instancePath+"/checkpoint/sequence",schemaPath:"#/properties/checkpoint/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err39 = {instancePath:instancePath+"/checkpoint/sequence",schemaPath:"#/properties/checkpoint/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/checkpoint",schemaPath:"#/properties/checkpoint/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.completed_steps !== undefined){
let data12 = data.completed_steps;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 !== "string"){
const err41 = {instancePath:instancePath+"/completed_steps/" + i0,schemaPath:"https://weverlabs.com/schemas/agent-run-state-event.schema.json#/properties/step/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!(((((data13 === "evidence_review") || (data13 === "tool_execution")) || (data13 === "result_packaged")) || (data13 === "receipt_issued")) || (data13 === "callback"))){
const err42 = {instancePath:instancePath+"/completed_steps/" + i0,schemaPath:"https://weverlabs.com/schemas/agent-run-state-event.schema.json#/properties/step/enum",keyword:"enum",params:{allowedValues: schema138.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data12[i1], data12[j0])){
const err43 = {instancePath:instancePath+"/completed_steps",schemaPath:"#/properties/completed_steps/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/completed_steps",schemaPath:"#/properties/completed_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.safe_to_replay !== undefined){
if(typeof data.safe_to_replay !== "boolean"){
const err45 = {instancePath:instancePath+"/safe_to_replay",schemaPath:"#/properties/safe_to_replay/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.unsafe_reasons !== undefined){
let data15 = data.unsafe_reasons;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i2=0; i2<len1; i2++){
let data16 = data15[i2];
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err46 = {instancePath:instancePath+"/unsafe_reasons/" + i2,schemaPath:"#/properties/unsafe_reasons/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/unsafe_reasons/" + i2,schemaPath:"#/properties/unsafe_reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/unsafe_reasons",schemaPath:"#/properties/unsafe_reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.credit_debit_policy !== undefined){
let data17 = data.credit_debit_policy;
if(typeof data17 !== "string"){
const err49 = {instancePath:instancePath+"/credit_debit_policy",schemaPath:"#/properties/credit_debit_policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if("meter_delta_only" !== data17){
const err50 = {instancePath:instancePath+"/credit_debit_policy",schemaPath:"#/properties/credit_debit_policy/const",keyword:"const",params:{allowedValue: "meter_delta_only"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.credits_debited_so_far !== undefined){
let data18 = data.credits_debited_so_far;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err51 = {instancePath:instancePath+"/credits_debited_so_far",schemaPath:"#/properties/credits_debited_so_far/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err52 = {instancePath:instancePath+"/credits_debited_so_far",schemaPath:"#/properties/credits_debited_so_far/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.replay_package_url !== undefined){
let data19 = data.replay_package_url;
if(typeof data19 === "string"){
if(!(formats2(data19))){
const err53 = {instancePath:instancePath+"/replay_package_url",schemaPath:"#/properties/replay_package_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/replay_package_url",schemaPath:"#/properties/replay_package_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.created_at !== undefined){
let data20 = data.created_at;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err55 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateReplayRequest = validate58;
const schema140 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/replay-request.schema.json","title":"Replay Request","description":"Body of POST /tasks/{token}/replay (requires an Idempotency-Key). Designed by the kit: it names the replay package to run, so a replay can never start from a package the requester has not seen.","type":"object","required":["object_type","replay_package_id"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_replay_request"},"replay_package_id":{"type":"string","minLength":1},"note":{"type":"string"}}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/replay-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.replay_package_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_package_id"},message:"must have required property '"+"replay_package_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("agent_replay_request" !== data0){
const err3 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_replay_request"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.replay_package_id !== undefined){
let data1 = data.replay_package_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/replay_package_id",schemaPath:"#/properties/replay_package_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/replay_package_id",schemaPath:"#/properties/replay_package_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.note !== undefined){
if(typeof data.note !== "string"){
const err6 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateResultAttestation = validate59;
const schema141 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/result-attestation.schema.json","title":"Result Attestation","description":"The compact public-safe proof of a run's result (seed 001), served at /tasks/{token}/attestation once the result is packaged (409 result-not-ready before). It keeps the published fields; the kit makes them required, requires `result_package_hash` to be a real digest (seed 001's `sha256:demo-public-safe-placeholder` does not validate), and adds `agent_task_run_id`, `result_url`, `issued_at` and the optional ledger head so a receiver can check the proof without trusting the host.","type":"object","required":["attestation_type","agent_task_run_id","requested_tool","result_status","evidence_status","result_package_hash","result_url","receipt_url","callback_payload_url","issued_at"],"additionalProperties":true,"properties":{"attestation_type":{"type":"string","const":"agent_result_attestation"},"agent_task_run_id":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"result_status":{"$ref":"https://weverlabs.com/schemas/callback-payload.schema.json#/properties/result_status"},"evidence_status":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status"},"result_package_hash":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$","description":"`sha256:` + 64 lowercase hex of SHA-256 over the RFC 8785 form of the document served at result_url."},"result_url":{"type":"string","format":"uri"},"receipt_url":{"type":"string","format":"uri","description":"The run's usage receipt."},"callback_payload_url":{"type":"string","format":"uri"},"ledger_url":{"type":"string","format":"uri"},"ledger_head_hash":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$","description":"Digest of the last ledger event recorded when the attestation was issued."},"issued_at":{"type":"string","format":"date-time"}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/result-attestation.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attestation_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attestation_type"},message:"must have required property '"+"attestation_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.requested_tool === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.result_status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_status"},message:"must have required property '"+"result_status"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.evidence_status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence_status"},message:"must have required property '"+"evidence_status"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.result_package_hash === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_package_hash"},message:"must have required property '"+"result_package_hash"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.result_url === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_url"},message:"must have required property '"+"result_url"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.receipt_url === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receipt_url"},message:"must have required property '"+"receipt_url"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.callback_payload_url === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callback_payload_url"},message:"must have required property '"+"callback_payload_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.issued_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issued_at"},message:"must have required property '"+"issued_at"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.attestation_type !== undefined){
let data0 = data.attestation_type;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/attestation_type",schemaPath:"#/properties/attestation_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("agent_result_attestation" !== data0){
const err11 = {instancePath:instancePath+"/attestation_type",schemaPath:"#/properties/attestation_type/const",keyword:"const",params:{allowedValue: "agent_result_attestation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data1 = data.agent_task_run_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err12 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data2 = data.requested_tool;
if(typeof data2 !== "string"){
const err14 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data2 === "packetops") || (data2 === "distributionops")) || (data2 === "tokenops")) || (data2 === "wever_labs_os"))){
const err15 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.result_status !== undefined){
let data3 = data.result_status;
if(typeof data3 !== "string"){
const err16 = {instancePath:instancePath+"/result_status",schemaPath:"https://weverlabs.com/schemas/callback-payload.schema.json#/properties/result_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((data3 === "ready") || (data3 === "partial")) || (data3 === "failed")) || (data3 === "delivered"))){
const err17 = {instancePath:instancePath+"/result_status",schemaPath:"https://weverlabs.com/schemas/callback-payload.schema.json#/properties/result_status/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.evidence_status !== undefined){
let data4 = data.evidence_status;
if(typeof data4 !== "string"){
const err18 = {instancePath:instancePath+"/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((data4 === "sufficient") || (data4 === "partial")) || (data4 === "insufficient")) || (data4 === "unknown"))){
const err19 = {instancePath:instancePath+"/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.result_package_hash !== undefined){
let data5 = data.result_package_hash;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err20 = {instancePath:instancePath+"/result_package_hash",schemaPath:"#/properties/result_package_hash/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/result_package_hash",schemaPath:"#/properties/result_package_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.result_url !== undefined){
let data6 = data.result_url;
if(typeof data6 === "string"){
if(!(formats2(data6))){
const err22 = {instancePath:instancePath+"/result_url",schemaPath:"#/properties/result_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/result_url",schemaPath:"#/properties/result_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.receipt_url !== undefined){
let data7 = data.receipt_url;
if(typeof data7 === "string"){
if(!(formats2(data7))){
const err24 = {instancePath:instancePath+"/receipt_url",schemaPath:"#/properties/receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/receipt_url",schemaPath:"#/properties/receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.callback_payload_url !== undefined){
let data8 = data.callback_payload_url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err26 = {instancePath:instancePath+"/callback_payload_url",schemaPath:"#/properties/callback_payload_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/callback_payload_url",schemaPath:"#/properties/callback_payload_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.ledger_url !== undefined){
let data9 = data.ledger_url;
if(typeof data9 === "string"){
if(!(formats2(data9))){
const err28 = {instancePath:instancePath+"/ledger_url",schemaPath:"#/properties/ledger_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/ledger_url",schemaPath:"#/properties/ledger_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.ledger_head_hash !== undefined){
let data10 = data.ledger_head_hash;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err30 = {instancePath:instancePath+"/ledger_head_hash",schemaPath:"#/properties/ledger_head_hash/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/ledger_head_hash",schemaPath:"#/properties/ledger_head_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.issued_at !== undefined){
let data11 = data.issued_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err32 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateResultContract = validate60;
const schema145 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/result-contract.schema.json","title":"Agent Result Contract v2","description":"The canonical return envelope of a run (seed 002), served at /tasks/{token}/result-contract: machine result, human summary, proof objects, money state (the settlement receipt that funded the credits and the usage receipt that consumed them) and callback state. It keeps the published fields and vocabularies; the kit adds `agent_task_run_id` so the envelope names its run in both identifier spaces, lists the members of each block, and types every credit amount as an integer.","type":"object","required":["object_type","contract_version","result_contract_id","task_token","agent_task_run_id","requested_tool","lifecycle_state","result_status","machine_result","human_summary","proof_objects","receipts","callback","issued_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_result_contract"},"contract_version":{"type":"string","const":"2.0"},"result_contract_id":{"type":"string","minLength":1},"task_token":{"type":"string","minLength":1},"agent_task_run_id":{"type":"string","minLength":1},"requested_tool":{"type":"string","enum":["packetops","distributionops","tokenops","wever_labs_os","custom_workflow"]},"lifecycle_state":{"type":"string","description":"The contract vocabulary of lifecycle states (20 values), mapped from the run's canonical_lifecycle_state as SPEC.md §4.1 says.","enum":["created","preflight_checked","contract_ready","contract_accepted","trusted","quoted","credit_pending","credit_funded","queued","operating","result_ready","attested","settlement_receipt_issued","usage_receipt_issued","callback_pending","callback_delivered","exception_open","replay_ready","failed","closed"]},"result_status":{"type":"string","description":"The callback payload's result statuses plus pending (no result packaged yet).","enum":["pending","ready","partial","failed","delivered"]},"machine_result":{"type":"object","description":"Parseable result: tool, evidence, status, next actions and where the result package lives.","required":["requested_tool","evidence_status","result_status","next_actions","result_url"],"additionalProperties":true,"properties":{"requested_tool":{"$ref":"#/properties/requested_tool"},"evidence_status":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status"},"result_status":{"$ref":"#/properties/result_status"},"next_actions":{"type":"array","items":{"type":"string"}},"result_url":{"type":"string","format":"uri"},"result_subtype":{"type":"string","description":"On a failed result, why it failed, e.g. error_max_structured_output_retries (SPEC.md §15.3)."}}},"human_summary":{"type":"object","description":"Plain-language closeout for agents and operators.","required":["summary","work_performed","findings","open_items","next_actions"],"additionalProperties":true,"properties":{"summary":{"type":"string"},"work_performed":{"type":"array","items":{"type":"string"}},"findings":{"type":"array","items":{"type":"string"}},"open_items":{"type":"array","items":{"type":"string"}},"next_actions":{"type":"array","items":{"type":"string"}}}},"proof_objects":{"type":"object","description":"Absolute URLs of every proof object of the run; recovery and queue references appear when they exist.","required":["ledger_url","attestation_url","run_contract_url","result_package_url","callback_payload_url"],"additionalProperties":true,"properties":{"ledger_url":{"type":"string","format":"uri"},"attestation_url":{"type":"string","format":"uri"},"run_contract_url":{"type":"string","format":"uri"},"result_package_url":{"type":"string","format":"uri"},"callback_payload_url":{"type":"string","format":"uri"},"exception_url":{"type":"string","format":"uri"},"replay_package_url":{"type":"string","format":"uri"},"queue_monitor_url":{"type":"string","format":"uri"},"stuck_task_alert_url":{"type":"string","format":"uri"},"retry_command_url":{"type":"string","format":"uri"}}},"receipts":{"type":"object","description":"Money state: the settlement receipt that funded the credits and, once issued, the usage receipt that records their consumption.","required":["settlement_receipt_url","settlement_receipt_id","credits_reserved","credits_debited","remaining_credits"],"additionalProperties":true,"properties":{"settlement_receipt_url":{"type":"string","format":"uri"},"settlement_receipt_id":{"type":"string","minLength":1},"usage_receipt_url":{"type":"string","format":"uri"},"usage_receipt_id":{"type":"string","minLength":1},"credits_funded":{"type":"integer","minimum":0},"credits_reserved":{"type":"integer","minimum":0},"credits_debited":{"type":"integer","minimum":0},"remaining_credits":{"type":"integer","minimum":0}}},"callback":{"type":"object","required":["callback_status","attempt_count"],"additionalProperties":true,"properties":{"callback_url":{"type":"string","format":"uri"},"callback_status":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status"},"attempt_count":{"type":"integer","minimum":0},"webhook_id":{"type":"string","minLength":1}}},"issued_at":{"type":"string","format":"date-time"}}};
const schema146 = {"type":"string","enum":["packetops","distributionops","tokenops","wever_labs_os","custom_workflow"]};
const schema148 = {"type":"string","description":"The callback payload's result statuses plus pending (no result packaged yet).","enum":["pending","ready","partial","failed","delivered"]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/result-contract.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.contract_version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract_version"},message:"must have required property '"+"contract_version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result_contract_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_contract_id"},message:"must have required property '"+"result_contract_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.task_token === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task_token"},message:"must have required property '"+"task_token"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.requested_tool === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.lifecycle_state === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lifecycle_state"},message:"must have required property '"+"lifecycle_state"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.result_status === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result_status"},message:"must have required property '"+"result_status"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.machine_result === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "machine_result"},message:"must have required property '"+"machine_result"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.human_summary === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "human_summary"},message:"must have required property '"+"human_summary"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.proof_objects === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "proof_objects"},message:"must have required property '"+"proof_objects"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.receipts === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receipts"},message:"must have required property '"+"receipts"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.callback === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callback"},message:"must have required property '"+"callback"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.issued_at === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issued_at"},message:"must have required property '"+"issued_at"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err14 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("agent_result_contract" !== data0){
const err15 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_result_contract"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.contract_version !== undefined){
let data1 = data.contract_version;
if(typeof data1 !== "string"){
const err16 = {instancePath:instancePath+"/contract_version",schemaPath:"#/properties/contract_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("2.0" !== data1){
const err17 = {instancePath:instancePath+"/contract_version",schemaPath:"#/properties/contract_version/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.result_contract_id !== undefined){
let data2 = data.result_contract_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err18 = {instancePath:instancePath+"/result_contract_id",schemaPath:"#/properties/result_contract_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/result_contract_id",schemaPath:"#/properties/result_contract_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.task_token !== undefined){
let data3 = data.task_token;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err20 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data4 = data.agent_task_run_id;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err22 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data5 = data.requested_tool;
if(typeof data5 !== "string"){
const err24 = {instancePath:instancePath+"/requested_tool",schemaPath:"#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((data5 === "packetops") || (data5 === "distributionops")) || (data5 === "tokenops")) || (data5 === "wever_labs_os")) || (data5 === "custom_workflow"))){
const err25 = {instancePath:instancePath+"/requested_tool",schemaPath:"#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema145.properties.requested_tool.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.lifecycle_state !== undefined){
let data6 = data.lifecycle_state;
if(typeof data6 !== "string"){
const err26 = {instancePath:instancePath+"/lifecycle_state",schemaPath:"#/properties/lifecycle_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((((((((((((((((((((data6 === "created") || (data6 === "preflight_checked")) || (data6 === "contract_ready")) || (data6 === "contract_accepted")) || (data6 === "trusted")) || (data6 === "quoted")) || (data6 === "credit_pending")) || (data6 === "credit_funded")) || (data6 === "queued")) || (data6 === "operating")) || (data6 === "result_ready")) || (data6 === "attested")) || (data6 === "settlement_receipt_issued")) || (data6 === "usage_receipt_issued")) || (data6 === "callback_pending")) || (data6 === "callback_delivered")) || (data6 === "exception_open")) || (data6 === "replay_ready")) || (data6 === "failed")) || (data6 === "closed"))){
const err27 = {instancePath:instancePath+"/lifecycle_state",schemaPath:"#/properties/lifecycle_state/enum",keyword:"enum",params:{allowedValues: schema145.properties.lifecycle_state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.result_status !== undefined){
let data7 = data.result_status;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/result_status",schemaPath:"#/properties/result_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((((data7 === "pending") || (data7 === "ready")) || (data7 === "partial")) || (data7 === "failed")) || (data7 === "delivered"))){
const err29 = {instancePath:instancePath+"/result_status",schemaPath:"#/properties/result_status/enum",keyword:"enum",params:{allowedValues: schema145.properties.result_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.machine_result !== undefined){
let data8 = data.machine_result;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.requested_tool === undefined){
const err30 = {instancePath:instancePath+"/machine_result",schemaPath:"#/properties/machine_result/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8.evidence_status === undefined){
const err31 = {instancePath:instancePath+"/machine_result",schemaPath:"#/properties/machine_result/required",keyword:"required",params:{missingProperty: "evidence_status"},message:"must have required property '"+"evidence_status"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8.result_status === undefined){
const err32 = {instancePath:instancePath+"/machine_result",schemaPath:"#/properties/machine_result/required",keyword:"required",params:{missingProperty: "result_status"},message:"must have required property '"+"result_status"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8.next_actions === undefined){
const err33 = {instancePath:instancePath+"/machine_result",schemaPath:"#/properties/machine_result/required",keyword:"required",params:{missingProperty: "next_actions"},message:"must have required property '"+"next_actions"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data8.result_url === undefined){
const err34 = {instancePath:instancePath+"/machine_result",schemaPath:"#/properties/machine_result/required",keyword:"required",params:{missingProperty: "result_url"},message:"must have required property '"+"result_url"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8.requested_tool !== undefined){
let data9 = data8.requested_tool;
if(typeof data9 !== "string"){
const err35 = {instancePath:instancePath+"/machine_result/requested_tool",schemaPath:"#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((((data9 === "packetops") || (data9 === "distributionops")) || (data9 === "tokenops")) || (data9 === "wever_labs_os")) || (data9 === "custom_workflow"))){
const err36 = {instancePath:instancePath+"/machine_result/requested_tool",schemaPath:"#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema146.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.evidence_status !== undefined){
let data10 = data8.evidence_status;
if(typeof data10 !== "string"){
const err37 = {instancePath:instancePath+"/machine_result/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((((data10 === "sufficient") || (data10 === "partial")) || (data10 === "insufficient")) || (data10 === "unknown"))){
const err38 = {instancePath:instancePath+"/machine_result/evidence_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8.result_status !== undefined){
let data11 = data8.result_status;
if(typeof data11 !== "string"){
const err39 = {instancePath:instancePath+"/machine_result/result_status",schemaPath:"#/properties/result_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(((((data11 === "pending") || (data11 === "ready")) || (data11 === "partial")) || (data11 === "failed")) || (data11 === "delivered"))){
const err40 = {instancePath:instancePath+"/machine_result/result_status",schemaPath:"#/properties/result_status/enum",keyword:"enum",params:{allowedValues: schema148.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data8.next_actions !== undefined){
let data12 = data8.next_actions;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err41 = {instancePath:instancePath+"/machine_result/next_actions/" + i0,schemaPath:"#/properties/machine_result/properties/next_actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/machine_result/next_actions",schemaPath:"#/properties/machine_result/properties/next_actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data8.result_url !== undefined){
let data14 = data8.result_url;
if(typeof data14 === "string"){
if(!(formats2(data14))){
const err43 = {instancePath:instancePath+"/machine_result/result_url",schemaPath:"#/properties/machine_result/properties/result_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/machine_result/result_url",schemaPath:"#/properties/machine_result/properties/result_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data8.result_subtype !== undefined){
if(typeof data8.result_subtype !== "string"){
const err45 = {instancePath:instancePath+"/machine_result/result_subtype",schemaPath:"#/properties/machine_result/properties/result_subtype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/machine_result",schemaPath:"#/properties/machine_result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.human_summary !== undefined){
let data16 = data.human_summary;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.summary === undefined){
const err47 = {instancePath:instancePath+"/human_summary",schemaPath:"#/properties/human_summary/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data16.work_performed === undefined){
const err48 = {instancePath:instancePath+"/human_summary",schemaPath:"#/properties/human_summary/required",keyword:"required",params:{missingProperty: "work_performed"},message:"must have required property '"+"work_performed"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data16.findings === undefined){
const err49 = {instancePath:instancePath+"/human_summary",schemaPath:"#/properties/human_summary/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data16.open_items === undefined){
const err50 = {instancePath:instancePath+"/human_summary",schemaPath:"#/properties/human_summary/required",keyword:"required",params:{missingProperty: "open_items"},message:"must have required property '"+"open_items"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data16.next_actions === undefined){
const err51 = {instancePath:instancePath+"/human_summary",schemaPath:"#/properties/human_summary/required",keyword:"required",params:{missingProperty: "next_actions"},message:"must have required property '"+"next_actions"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data16.summary !== undefined){
if(typeof data16.summary !== "string"){
const err52 = {instancePath:instancePath+"/human_summary/summary",schemaPath:"#/properties/human_summary/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.work_performed !== undefined){
let data18 = data16.work_performed;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
if(typeof data18[i1] !== "string"){
const err53 = {instancePath:instancePath+"/human_summary/work_performed/" + i1,schemaPath:"#/properties/human_summary/properties/work_performed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/human_summary/work_performed",schemaPath:"#/properties/human_summary/properties/work_performed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data16.findings !== undefined){
let data20 = data16.findings;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
if(typeof data20[i2] !== "string"){
const err55 = {instancePath:instancePath+"/human_summary/findings/" + i2,schemaPath:"#/properties/human_summary/properties/findings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/human_summary/findings",schemaPath:"#/properties/human_summary/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data16.open_items !== undefined){
let data22 = data16.open_items;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
if(typeof data22[i3] !== "string"){
const err57 = {instancePath:instancePath+"/human_summary/open_items/" + i3,schemaPath:"#/properties/human_summary/properties/open_items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/human_summary/open_items",schemaPath:"#/properties/human_summary/properties/open_items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data16.next_actions !== undefined){
let data24 = data16.next_actions;
if(Array.isArray(data24)){
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
if(typeof data24[i4] !== "string"){
const err59 = {instancePath:instancePath+"/human_summary/next_actions/" + i4,schemaPath:"#/properties/human_summary/properties/next_actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/human_summary/next_actions",schemaPath:"#/properties/human_summary/properties/next_actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/human_summary",schemaPath:"#/properties/human_summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.proof_objects !== undefined){
let data26 = data.proof_objects;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.ledger_url === undefined){
const err62 = {instancePath:instancePath+"/proof_objects",schemaPath:"#/properties/proof_objects/required",keyword:"required",params:{missingProperty: "ledger_url"},message:"must have required property '"+"ledger_url"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data26.attestation_url === undefined){
const err63 = {instancePath:instancePath+"/proof_objects",schemaPath:"#/properties/proof_objects/required",keyword:"required",params:{missingProperty: "attestation_url"},message:"must have required property '"+"attestation_url"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data26.run_contract_url === undefined){
const err64 = {instancePath:instancePath+"/proof_objects",schemaPath:"#/properties/proof_objects/required",keyword:"required",params:{missingProperty: "run_contract_url"},message:"must have required property '"+"run_contract_url"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data26.result_package_url === undefined){
const err65 = {instancePath:instancePath+"/proof_objects",schemaPath:"#/properties/proof_objects/required",keyword:"required",params:{missingProperty: "result_package_url"},message:"must have required property '"+"result_package_url"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data26.callback_payload_url === undefined){
const err66 = {instancePath:instancePath+"/proof_objects",schemaPath:"#/properties/proof_objects/required",keyword:"required",params:{missingProperty: "callback_payload_url"},message:"must have required property '"+"callback_payload_url"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data26.ledger_url !== undefined){
let data27 = data26.ledger_url;
if(typeof data27 === "string"){
if(!(formats2(data27))){
const err67 = {instancePath:instancePath+"/proof_objects/ledger_url",schemaPath:"#/properties/proof_objects/properties/ledger_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/proof_objects/ledger_url",schemaPath:"#/properties/proof_objects/properties/ledger_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data26.attestation_url !== undefined){
let data28 = data26.attestation_url;
if(typeof data28 === "string"){
if(!(formats2(data28))){
const err69 = {instancePath:instancePath+"/proof_objects/attestation_url",schemaPath:"#/properties/proof_objects/properties/attestation_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/proof_objects/attestation_url",schemaPath:"#/properties/proof_objects/properties/attestation_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data26.run_contract_url !== undefined){
let data29 = data26.run_contract_url;
if(typeof data29 === "string"){
if(!(formats2(data29))){
const err71 = {instancePath:instancePath+"/proof_objects/run_contract_url",schemaPath:"#/properties/proof_objects/properties/run_contract_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/proof_objects/run_contract_url",schemaPath:"#/properties/proof_objects/properties/run_contract_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data26.result_package_url !== undefined){
let data30 = data26.result_package_url;
if(typeof data30 === "string"){
if(!(formats2(data30))){
const err73 = {instancePath:instancePath+"/proof_objects/result_package_url",schemaPath:"#/properties/proof_objects/properties/result_package_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/proof_objects/result_package_url",schemaPath:"#/properties/proof_objects/properties/result_package_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data26.callback_payload_url !== undefined){
let data31 = data26.callback_payload_url;
if(typeof data31 === "string"){
if(!(formats2(data31))){
const err75 = {instancePath:instancePath+"/proof_objects/callback_payload_url",schemaPath:"#/properties/proof_objects/properties/callback_payload_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/proof_objects/callback_payload_url",schemaPath:"#/properties/proof_objects/properties/callback_payload_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data26.exception_url !== undefined){
let data32 = data26.exception_url;
if(typeof data32 === "string"){
if(!(formats2(data32))){
const err77 = {instancePath:instancePath+"/proof_objects/exception_url",schemaPath:"#/properties/proof_objects/properties/exception_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/proof_objects/exception_url",schemaPath:"#/properties/proof_objects/properties/exception_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data26.replay_package_url !== undefined){
let data33 = data26.replay_package_url;
if(typeof data33 === "string"){
if(!(formats2(data33))){
const err79 = {instancePath:instancePath+"/proof_objects/replay_package_url",schemaPath:"#/properties/proof_objects/properties/replay_package_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/proof_objects/replay_package_url",schemaPath:"#/properties/proof_objects/properties/replay_package_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data26.queue_monitor_url !== undefined){
let data34 = data26.queue_monitor_url;
if(typeof data34 === "string"){
if(!(formats2(data34))){
const err81 = {instancePath:instancePath+"/proof_objects/queue_monitor_url",schemaPath:"#/properties/proof_objects/properties/queue_monitor_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/proof_objects/queue_monitor_url",schemaPath:"#/properties/proof_objects/properties/queue_monitor_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data26.stuck_task_alert_url !== undefined){
let data35 = data26.stuck_task_alert_url;
if(typeof data35 === "string"){
if(!(formats2(data35))){
const err83 = {instancePath:instancePath+"/proof_objects/stuck_task_alert_url",schemaPath:"#/properties/proof_objects/properties/stuck_task_alert_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/proof_objects/stuck_task_alert_url",schemaPath:"#/properties/proof_objects/properties/stuck_task_alert_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data26.retry_command_url !== undefined){
let data36 = data26.retry_command_url;
if(typeof data36 === "string"){
if(!(formats2(data36))){
const err85 = {instancePath:instancePath+"/proof_objects/retry_command_url",schemaPath:"#/properties/proof_objects/properties/retry_command_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/proof_objects/retry_command_url",schemaPath:"#/properties/proof_objects/properties/retry_command_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/proof_objects",schemaPath:"#/properties/proof_objects/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.receipts !== undefined){
let data37 = data.receipts;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.settlement_receipt_url === undefined){
const err88 = {instancePath:instancePath+"/receipts",schemaPath:"#/properties/receipts/required",keyword:"required",params:{missingProperty: "settlement_receipt_url"},message:"must have required property '"+"settlement_receipt_url"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data37.settlement_receipt_id === undefined){
const err89 = {instancePath:instancePath+"/receipts",schemaPath:"#/properties/receipts/required",keyword:"required",params:{missingProperty: "settlement_receipt_id"},message:"must have required property '"+"settlement_receipt_id"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data37.credits_reserved === undefined){
const err90 = {instancePath:instancePath+"/receipts",schemaPath:"#/properties/receipts/required",keyword:"required",params:{missingProperty: "credits_reserved"},message:"must have required property '"+"credits_reserved"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data37.credits_debited === undefined){
const err91 = {instancePath:instancePath+"/receipts",schemaPath:"#/properties/receipts/required",keyword:"required",params:{missingProperty: "credits_debited"},message:"must have required property '"+"credits_debited"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data37.remaining_credits === undefined){
const err92 = {instancePath:instancePath+"/receipts",schemaPath:"#/properties/receipts/required",keyword:"required",params:{missingProperty: "remaining_credits"},message:"must have required property '"+"remaining_credits"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data37.settlement_receipt_url !== undefined){
let data38 = data37.settlement_receipt_url;
if(typeof data38 === "string"){
if(!(formats2(data38))){
const err93 = {instancePath:instancePath+"/receipts/settlement_receipt_url",schemaPath:"#/properties/receipts/properties/settlement_receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/receipts/settlement_receipt_url",schemaPath:"#/properties/receipts/properties/settlement_receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data37.settlement_receipt_id !== undefined){
let data39 = data37.settlement_receipt_id;
if(typeof data39 === "string"){
if(func1(data39) < 1){
const err95 = {instancePath:instancePath+"/receipts/settlement_receipt_id",schemaPath:"#/properties/receipts/properties/settlement_receipt_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/receipts/settlement_receipt_id",schemaPath:"#/properties/receipts/properties/settlement_receipt_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data37.usage_receipt_url !== undefined){
let data40 = data37.usage_receipt_url;
if(typeof data40 === "string"){
if(!(formats2(data40))){
const err97 = {instancePath:instancePath+"/receipts/usage_receipt_url",schemaPath:"#/properties/receipts/properties/usage_receipt_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/receipts/usage_receipt_url",schemaPath:"#/properties/receipts/properties/usage_receipt_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data37.usage_receipt_id !== undefined){
let data41 = data37.usage_receipt_id;
if(typeof data41 === "string"){
if(func1(data41) < 1){
const err99 = {instancePath:instancePath+"/receipts/usage_receipt_id",schemaPath:"#/properties/receipts/properties/usage_receipt_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/receipts/usage_receipt_id",schemaPath:"#/properties/receipts/properties/usage_receipt_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data37.credits_funded !== undefined){
let data42 = data37.credits_funded;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err101 = {instancePath:instancePath+"/receipts/credits_funded",schemaPath:"#/properties/receipts/properties/credits_funded/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err102 = {instancePath:instancePath+"/receipts/credits_funded",schemaPath:"#/properties/receipts/properties/credits_funded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
if(data37.credits_reserved !== undefined){
let data43 = data37.credits_reserved;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err103 = {instancePath:instancePath+"/receipts/credits_reserved",schemaPath:"#/properties/receipts/properties/credits_reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err104 = {instancePath:instancePath+"/receipts/credits_reserved",schemaPath:"#/properties/receipts/properties/credits_reserved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
if(data37.credits_debited !== undefined){
let data44 = data37.credits_debited;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err105 = {instancePath:instancePath+"/receipts/credits_debited",schemaPath:"#/properties/receipts/properties/credits_debited/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
const err106 = {instancePath:instancePath+"/receipts/credits_debited",schemaPath:"#/properties/receipts/properties/credits_debited/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
if(data37.remaining_credits !== undefined){
let data45 = data37.remaining_credits;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err107 = {instancePath:instancePath+"/receipts/remaining_credits",schemaPath:"#/properties/receipts/properties/remaining_credits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
const err108 = {instancePath:instancePath+"/receipts/remaining_credits",schemaPath:"#/properties/receipts/properties/remaining_credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
}
else {
const err109 = {instancePath:instancePath+"/receipts",schemaPath:"#/properties/receipts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.callback !== undefined){
let data46 = data.callback;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.callback_status === undefined){
const err110 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/required",keyword:"required",params:{missingProperty: "callback_status"},message:"must have required property '"+"callback_status"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data46.attempt_count === undefined){
const err111 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/required",keyword:"required",params:{missingProperty: "attempt_count"},message:"must have required property '"+"attempt_count"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data46.callback_url !== undefined){
let data47 = data46.callback_url;
if(typeof data47 === "string"){
if(!(formats2(data47))){
const err112 = {instancePath:instancePath+"/callback/callback_url",schemaPath:"#/properties/callback/properties/callback_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/callback/callback_url",schemaPath:"#/properties/callback/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data46.callback_status !== undefined){
let data48 = data46.callback_status;
if(typeof data48 !== "string"){
const err114 = {instancePath:instancePath+"/callback/callback_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(!((((((data48 === "not_required") || (data48 === "pending")) || (data48 === "ready")) || (data48 === "delivered")) || (data48 === "retrying")) || (data48 === "failed"))){
const err115 = {instancePath:instancePath+"/callback/callback_status",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/callback_status/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data46.attempt_count !== undefined){
let data49 = data46.attempt_count;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err116 = {instancePath:instancePath+"/callback/attempt_count",schemaPath:"#/properties/callback/properties/attempt_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err117 = {instancePath:instancePath+"/callback/attempt_count",schemaPath:"#/properties/callback/properties/attempt_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
if(data46.webhook_id !== undefined){
let data50 = data46.webhook_id;
if(typeof data50 === "string"){
if(func1(data50) < 1){
const err118 = {instancePath:instancePath+"/callback/webhook_id",schemaPath:"#/properties/callback/properties/webhook_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/callback/webhook_id",schemaPath:"#/properties/callback/properties/webhook_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.issued_at !== undefined){
let data51 = data.issued_at;
if(typeof data51 === "string"){
if(!(formats0.validate(data51))){
const err121 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateResultPackage = validate33;

export const validateRetryCommand = validate61;
const schema150 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/retry-command.schema.json","title":"Retry Command","description":"A scheduler command accepted for a run, the 201 answer to POST /tasks/{token}/commands. It keeps the published fields; the kit adds `status` (whether the command is accepted, completed or refused) and `outcome` (what it did, e.g. the manual callback attempt it made) so the answer shows the effect of a command that acts synchronously.","type":"object","required":["object_type","command_id","task_token","action","requested_by","allowed_from_states","target_state","created_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_retry_command"},"command_id":{"type":"string","minLength":1},"task_token":{"type":"string","minLength":1},"action":{"$ref":"https://weverlabs.com/schemas/retry-command-request.schema.json#/properties/action"},"requested_by":{"type":"string","minLength":1},"allowed_from_states":{"type":"array","description":"Canonical lifecycle states from which this action is allowed.","minItems":1,"uniqueItems":true,"items":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state"}},"target_state":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state","description":"The canonical lifecycle state the command moves the run toward."},"reason":{"type":"string"},"idempotency_key":{"type":"string"},"status":{"type":"string","enum":["accepted","completed","refused"],"description":"Kit addition: accepted (queued for the runner), completed (done before the answer) or refused."},"outcome":{"type":"object","description":"Kit addition: what the command did, e.g. {\"attempt_number\": 11, \"http_status\": 200} for a manual callback retry."},"created_at":{"type":"string","format":"date-time"}}};
const schema152 = {"type":"string","enum":["retry_callback","replay_from_checkpoint","advance_queue","request_evidence","release_credit_allocation","rerun_result_contract","close_exception"]};
const schema153 = {"type":"string","enum":["created","preflight_checked","contract_ready","contract_accepted","trust_pending","trusted","quoted","credit_pending","credit_funded","queued","operating","evidence_partial","result_ready","attested","receipt_issued","callback_pending","callback_delivered","exception_open","replay_ready","failed","closed"],"description":"Normalized lifecycle label used by the Agent Operating Console v2."};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/retry-command.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.command_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command_id"},message:"must have required property '"+"command_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.task_token === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task_token"},message:"must have required property '"+"task_token"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.action === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.requested_by === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_by"},message:"must have required property '"+"requested_by"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.allowed_from_states === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allowed_from_states"},message:"must have required property '"+"allowed_from_states"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.target_state === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_state"},message:"must have required property '"+"target_state"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.created_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("agent_retry_command" !== data0){
const err9 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_retry_command"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.command_id !== undefined){
let data1 = data.command_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err10 = {instancePath:instancePath+"/command_id",schemaPath:"#/properties/command_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/command_id",schemaPath:"#/properties/command_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.task_token !== undefined){
let data2 = data.task_token;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.action !== undefined){
let data3 = data.action;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/action",schemaPath:"https://weverlabs.com/schemas/retry-command-request.schema.json#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((((data3 === "retry_callback") || (data3 === "replay_from_checkpoint")) || (data3 === "advance_queue")) || (data3 === "request_evidence")) || (data3 === "release_credit_allocation")) || (data3 === "rerun_result_contract")) || (data3 === "close_exception"))){
const err15 = {instancePath:instancePath+"/action",schemaPath:"https://weverlabs.com/schemas/retry-command-request.schema.json#/properties/action/enum",keyword:"enum",params:{allowedValues: schema152.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.requested_by !== undefined){
let data4 = data.requested_by;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err16 = {instancePath:instancePath+"/requested_by",schemaPath:"#/properties/requested_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/requested_by",schemaPath:"#/properties/requested_by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.allowed_from_states !== undefined){
let data5 = data.allowed_from_states;
if(Array.isArray(data5)){
if(data5.length < 1){
const err18 = {instancePath:instancePath+"/allowed_from_states",schemaPath:"#/properties/allowed_from_states/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/allowed_from_states/" + i0,schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((((((((((((((((((data6 === "created") || (data6 === "preflight_checked")) || (data6 === "contract_ready")) || (data6 === "contract_accepted")) || (data6 === "trust_pending")) || (data6 === "trusted")) || (data6 === "quoted")) || (data6 === "credit_pending")) || (data6 === "credit_funded")) || (data6 === "queued")) || (data6 === "operating")) || (data6 === "evidence_partial")) || (data6 === "result_ready")) || (data6 === "attested")) || (data6 === "receipt_issued")) || (data6 === "callback_pending")) || (data6 === "callback_delivered")) || (data6 === "exception_open")) || (data6 === "replay_ready")) || (data6 === "failed")) || (data6 === "closed"))){
const err20 = {instancePath:instancePath+"/allowed_from_states/" + i0,schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state/enum",keyword:"enum",params:{allowedValues: schema153.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
const err21 = {instancePath:instancePath+"/allowed_from_states",schemaPath:"#/properties/allowed_from_states/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/allowed_from_states",schemaPath:"#/properties/allowed_from_states/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.target_state !== undefined){
let data7 = data.target_state;
if(typeof data7 !== "string"){
const err23 = {instancePath:instancePath+"/target_state",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((((((((((((((((((((data7 === "created") || (data7 === "preflight_checked")) || (data7 === "contract_ready")) || (data7 === "contract_accepted")) || (data7 === "trust_pending")) || (data7 === "trusted")) || (data7 === "quoted")) || (data7 === "credit_pending")) || (data7 === "credit_funded")) || (data7 === "queued")) || (data7 === "operating")) || (data7 === "evidence_partial")) || (data7 === "result_ready")) || (data7 === "attested")) || (data7 === "receipt_issued")) || (data7 === "callback_pending")) || (data7 === "callback_delivered")) || (data7 === "exception_open")) || (data7 === "replay_ready")) || (data7 === "failed")) || (data7 === "closed"))){
const err24 = {instancePath:instancePath+"/target_state",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state/enum",keyword:"enum",params:{allowedValues: schema153.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err25 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.idempotency_key !== undefined){
if(typeof data.idempotency_key !== "string"){
const err26 = {instancePath:instancePath+"/idempotency_key",schemaPath:"#/properties/idempotency_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.status !== undefined){
let data10 = data.status;
if(typeof data10 !== "string"){
const err27 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((data10 === "accepted") || (data10 === "completed")) || (data10 === "refused"))){
const err28 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema150.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.outcome !== undefined){
let data11 = data.outcome;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err29 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.created_at !== undefined){
let data12 = data.created_at;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err30 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateRetryCommandRequest = validate62;
const schema151 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/retry-command-request.schema.json","title":"Retry Command Request","description":"Body of POST /tasks/{token}/commands (requires an Idempotency-Key): an operator or requesting agent asks the scheduler to act on a run. The actions are the published retry command actions; a command is accepted only from its allowed canonical states and refused with 409 invalid-state otherwise.","type":"object","required":["action"],"additionalProperties":true,"properties":{"action":{"type":"string","enum":["retry_callback","replay_from_checkpoint","advance_queue","request_evidence","release_credit_allocation","rerun_result_contract","close_exception"]},"reason":{"type":"string"},"requested_by":{"type":"string","minLength":1}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/retry-command-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.action === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.action !== undefined){
let data0 = data.action;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((((data0 === "retry_callback") || (data0 === "replay_from_checkpoint")) || (data0 === "advance_queue")) || (data0 === "request_evidence")) || (data0 === "release_credit_allocation")) || (data0 === "rerun_result_contract")) || (data0 === "close_exception"))){
const err2 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema151.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err3 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.requested_by !== undefined){
let data2 = data.requested_by;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err4 = {instancePath:instancePath+"/requested_by",schemaPath:"#/properties/requested_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/requested_by",schemaPath:"#/properties/requested_by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateRuleRegistry = validate38;
const schema64 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/rule-registry.schema.json","title":"Rule Registry","description":"Designed by the kit: the schema of spec/rules.json, the one source of the stable rule ids every SPEC section, scenario assertion and report entry cites.","type":"object","required":["spec_version","areas","rules"],"additionalProperties":true,"properties":{"spec_version":{"type":"string","minLength":1},"areas":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/area"}},"rules":{"type":"array","minItems":1,"items":{"type":"object","required":["id","area","level","text"],"additionalProperties":true,"properties":{"id":{"$ref":"#/$defs/ruleId"},"area":{"$ref":"#/$defs/area"},"level":{"type":"string","enum":["MUST","SHOULD","MAY"]},"conformance_level":{"type":"string","enum":["core","timed","full"],"description":"The lowest conformance level (SPEC.md §13.6) at which the rule is testable: the lowest level of the scenarios citing it, derived from their `requires`. Absent when no scenario cites the rule."},"text":{"type":"string","minLength":1},"unobservable_reason":{"type":"string","minLength":1,"description":"Why no scenario can observe this rule from outside the host."}}}}},"$defs":{"ruleId":{"type":"string","pattern":"^[A-Z]+(-[A-Z0-9]+)+$","description":"Stable rule id: the area, then words, e.g. LEDGER-HASH-LINK."},"area":{"type":"string","pattern":"^[A-Z]+$"}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/rule-registry.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_version"},message:"must have required property '"+"spec_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.areas === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "areas"},message:"must have required property '"+"areas"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rules === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec_version !== undefined){
let data0 = data.spec_version;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/spec_version",schemaPath:"#/properties/spec_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/spec_version",schemaPath:"#/properties/spec_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.areas !== undefined){
let data1 = data.areas;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/areas",schemaPath:"#/properties/areas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern11.test(data2)){
const err6 = {instancePath:instancePath+"/areas/" + i0,schemaPath:"#/$defs/area/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/areas/" + i0,schemaPath:"#/$defs/area/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err8 = {instancePath:instancePath+"/areas",schemaPath:"#/properties/areas/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/areas",schemaPath:"#/properties/areas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.rules !== undefined){
let data3 = data.rules;
if(Array.isArray(data3)){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err11 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.area === undefined){
const err12 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "area"},message:"must have required property '"+"area"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.level === undefined){
const err13 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.text === undefined){
const err14 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(!pattern12.test(data5)){
const err15 = {instancePath:instancePath+"/rules/" + i2+"/id",schemaPath:"#/$defs/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+(-[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z]+(-[A-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/rules/" + i2+"/id",schemaPath:"#/$defs/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.area !== undefined){
let data6 = data4.area;
if(typeof data6 === "string"){
if(!pattern11.test(data6)){
const err17 = {instancePath:instancePath+"/rules/" + i2+"/area",schemaPath:"#/$defs/area/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/rules/" + i2+"/area",schemaPath:"#/$defs/area/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.level !== undefined){
let data7 = data4.level;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/rules/" + i2+"/level",schemaPath:"#/properties/rules/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data7 === "MUST") || (data7 === "SHOULD")) || (data7 === "MAY"))){
const err20 = {instancePath:instancePath+"/rules/" + i2+"/level",schemaPath:"#/properties/rules/items/properties/level/enum",keyword:"enum",params:{allowedValues: schema64.properties.rules.items.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.conformance_level !== undefined){
let data8 = data4.conformance_level;
if(typeof data8 !== "string"){
const err21 = {instancePath:instancePath+"/rules/" + i2+"/conformance_level",schemaPath:"#/properties/rules/items/properties/conformance_level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data8 === "core") || (data8 === "timed")) || (data8 === "full"))){
const err22 = {instancePath:instancePath+"/rules/" + i2+"/conformance_level",schemaPath:"#/properties/rules/items/properties/conformance_level/enum",keyword:"enum",params:{allowedValues: schema64.properties.rules.items.properties.conformance_level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.text !== undefined){
let data9 = data4.text;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err23 = {instancePath:instancePath+"/rules/" + i2+"/text",schemaPath:"#/properties/rules/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/rules/" + i2+"/text",schemaPath:"#/properties/rules/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.unobservable_reason !== undefined){
let data10 = data4.unobservable_reason;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err25 = {instancePath:instancePath+"/rules/" + i2+"/unobservable_reason",schemaPath:"#/properties/rules/items/properties/unobservable_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/rules/" + i2+"/unobservable_reason",schemaPath:"#/properties/rules/items/properties/unobservable_reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateRunContract = validate63;
const schema155 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/run-contract.schema.json","title":"Run Contract","description":"The agreed scope of a run: what the tool will do, which evidence it needs, what it returns, how it meters credits and how it reports back. Served at GET /api/agents/contracts/{contract_id}. It keeps the published fields; the kit adds `status` so a reader can tell a draft from an accepted, active, completed or cancelled contract.","type":"object","required":["object_type","contract_id","requested_tool","requested_capability","scope","evidence_requirements","expected_outputs","metering_policy","callback_policy","status"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_run_contract"},"contract_id":{"type":"string","minLength":1},"handshake_id":{"type":"string"},"preflight_id":{"type":"string"},"trust_profile_id":{"type":"string"},"quote_id":{"type":"string"},"credit_entitlement_id":{"type":"string"},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"requested_capability":{"type":"string","minLength":1},"scope":{"type":"string","description":"What the run will do, in plain language."},"out_of_scope":{"type":"array","items":{"type":"string"}},"evidence_requirements":{"type":"array","items":{"type":"string"}},"expected_outputs":{"type":"array","items":{"type":"string"}},"metering_policy":{"type":"string","enum":["estimate_before_debit","meter_delta_only","fixed_credit_debit","manual_review"]},"callback_policy":{"type":"string","enum":["callback_required","callback_optional","status_polling_only"]},"result_package_schema_url":{"type":"string","format":"uri"},"status":{"type":"string","enum":["draft","accepted","active","completed","cancelled"],"description":"Kit addition: where the contract is in its own life."}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/run-contract.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.contract_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract_id"},message:"must have required property '"+"contract_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.requested_tool === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.requested_capability === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_capability"},message:"must have required property '"+"requested_capability"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.scope === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.evidence_requirements === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence_requirements"},message:"must have required property '"+"evidence_requirements"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.expected_outputs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expected_outputs"},message:"must have required property '"+"expected_outputs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.metering_policy === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metering_policy"},message:"must have required property '"+"metering_policy"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.callback_policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callback_policy"},message:"must have required property '"+"callback_policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.status === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("agent_run_contract" !== data0){
const err11 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_run_contract"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.contract_id !== undefined){
let data1 = data.contract_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err12 = {instancePath:instancePath+"/contract_id",schemaPath:"#/properties/contract_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/contract_id",schemaPath:"#/properties/contract_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.handshake_id !== undefined){
if(typeof data.handshake_id !== "string"){
const err14 = {instancePath:instancePath+"/handshake_id",schemaPath:"#/properties/handshake_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.preflight_id !== undefined){
if(typeof data.preflight_id !== "string"){
const err15 = {instancePath:instancePath+"/preflight_id",schemaPath:"#/properties/preflight_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.trust_profile_id !== undefined){
if(typeof data.trust_profile_id !== "string"){
const err16 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.quote_id !== undefined){
if(typeof data.quote_id !== "string"){
const err17 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.credit_entitlement_id !== undefined){
if(typeof data.credit_entitlement_id !== "string"){
const err18 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data7 = data.requested_tool;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((data7 === "packetops") || (data7 === "distributionops")) || (data7 === "tokenops")) || (data7 === "wever_labs_os"))){
const err20 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.requested_capability !== undefined){
let data8 = data.requested_capability;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err21 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.scope !== undefined){
if(typeof data.scope !== "string"){
const err23 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.out_of_scope !== undefined){
let data10 = data.out_of_scope;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(typeof data10[i0] !== "string"){
const err24 = {instancePath:instancePath+"/out_of_scope/" + i0,schemaPath:"#/properties/out_of_scope/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/out_of_scope",schemaPath:"#/properties/out_of_scope/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.evidence_requirements !== undefined){
let data12 = data.evidence_requirements;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(typeof data12[i1] !== "string"){
const err26 = {instancePath:instancePath+"/evidence_requirements/" + i1,schemaPath:"#/properties/evidence_requirements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/evidence_requirements",schemaPath:"#/properties/evidence_requirements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.expected_outputs !== undefined){
let data14 = data.expected_outputs;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
if(typeof data14[i2] !== "string"){
const err28 = {instancePath:instancePath+"/expected_outputs/" + i2,schemaPath:"#/properties/expected_outputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/expected_outputs",schemaPath:"#/properties/expected_outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.metering_policy !== undefined){
let data16 = data.metering_policy;
if(typeof data16 !== "string"){
const err30 = {instancePath:instancePath+"/metering_policy",schemaPath:"#/properties/metering_policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((data16 === "estimate_before_debit") || (data16 === "meter_delta_only")) || (data16 === "fixed_credit_debit")) || (data16 === "manual_review"))){
const err31 = {instancePath:instancePath+"/metering_policy",schemaPath:"#/properties/metering_policy/enum",keyword:"enum",params:{allowedValues: schema155.properties.metering_policy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.callback_policy !== undefined){
let data17 = data.callback_policy;
if(typeof data17 !== "string"){
const err32 = {instancePath:instancePath+"/callback_policy",schemaPath:"#/properties/callback_policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(((data17 === "callback_required") || (data17 === "callback_optional")) || (data17 === "status_polling_only"))){
const err33 = {instancePath:instancePath+"/callback_policy",schemaPath:"#/properties/callback_policy/enum",keyword:"enum",params:{allowedValues: schema155.properties.callback_policy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.result_package_schema_url !== undefined){
let data18 = data.result_package_schema_url;
if(typeof data18 === "string"){
if(!(formats2(data18))){
const err34 = {instancePath:instancePath+"/result_package_schema_url",schemaPath:"#/properties/result_package_schema_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/result_package_schema_url",schemaPath:"#/properties/result_package_schema_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.status !== undefined){
let data19 = data.status;
if(typeof data19 !== "string"){
const err36 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(((((data19 === "draft") || (data19 === "accepted")) || (data19 === "active")) || (data19 === "completed")) || (data19 === "cancelled"))){
const err37 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema155.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateRunCreated = validate64;
const schema157 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/run-created.schema.json","title":"Run Created","description":"The 201 answer to POST /api/agents/run: the run record (agent-task-run) plus the links a requesting agent needs to follow the run and the run's callback signing secret. Designed by the kit: the secret is returned here and in no later response, so this is the only document that carries it; the status token must be long enough to hold at least 128 bits of randomness.","allOf":[{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json"},{"type":"object","required":["status_token","status_url","ledger_url","result_url","result_attestation_url","callback_signing_secret"],"properties":{"status_token":{"type":"string","minLength":22,"description":"Unguessable token naming the run in every /status and /tasks URL; 22 characters is the fewest that can carry 128 bits in base64url."},"status_url":{"type":"string","format":"uri"},"ledger_url":{"type":"string","format":"uri"},"result_url":{"type":"string","format":"uri"},"result_attestation_url":{"type":"string","format":"uri"},"callback_signing_secret":{"type":"string","pattern":"^whsec_[A-Za-z0-9+/]{32,88}={0,2}$","description":"Standard Webhooks signing secret for this run's callbacks: `whsec_` + base64 of 24 to 64 random bytes. Returned only in this answer."}}}]};
const pattern29 = new RegExp("^whsec_[A-Za-z0-9+/]{32,88}={0,2}$", "u");

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/run-created.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status_token === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "status_token"},message:"must have required property '"+"status_token"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status_url === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "status_url"},message:"must have required property '"+"status_url"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ledger_url === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "ledger_url"},message:"must have required property '"+"ledger_url"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.result_url === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result_url"},message:"must have required property '"+"result_url"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.result_attestation_url === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "result_attestation_url"},message:"must have required property '"+"result_attestation_url"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.callback_signing_secret === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "callback_signing_secret"},message:"must have required property '"+"callback_signing_secret"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.status_token !== undefined){
let data0 = data.status_token;
if(typeof data0 === "string"){
if(func1(data0) < 22){
const err6 = {instancePath:instancePath+"/status_token",schemaPath:"#/allOf/1/properties/status_token/minLength",keyword:"minLength",params:{limit: 22},message:"must NOT have fewer than 22 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/status_token",schemaPath:"#/allOf/1/properties/status_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status_url !== undefined){
let data1 = data.status_url;
if(typeof data1 === "string"){
if(!(formats2(data1))){
const err8 = {instancePath:instancePath+"/status_url",schemaPath:"#/allOf/1/properties/status_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/status_url",schemaPath:"#/allOf/1/properties/status_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ledger_url !== undefined){
let data2 = data.ledger_url;
if(typeof data2 === "string"){
if(!(formats2(data2))){
const err10 = {instancePath:instancePath+"/ledger_url",schemaPath:"#/allOf/1/properties/ledger_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/ledger_url",schemaPath:"#/allOf/1/properties/ledger_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.result_url !== undefined){
let data3 = data.result_url;
if(typeof data3 === "string"){
if(!(formats2(data3))){
const err12 = {instancePath:instancePath+"/result_url",schemaPath:"#/allOf/1/properties/result_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/result_url",schemaPath:"#/allOf/1/properties/result_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.result_attestation_url !== undefined){
let data4 = data.result_attestation_url;
if(typeof data4 === "string"){
if(!(formats2(data4))){
const err14 = {instancePath:instancePath+"/result_attestation_url",schemaPath:"#/allOf/1/properties/result_attestation_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/result_attestation_url",schemaPath:"#/allOf/1/properties/result_attestation_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.callback_signing_secret !== undefined){
let data5 = data.callback_signing_secret;
if(typeof data5 === "string"){
if(!pattern29.test(data5)){
const err16 = {instancePath:instancePath+"/callback_signing_secret",schemaPath:"#/allOf/1/properties/callback_signing_secret/pattern",keyword:"pattern",params:{pattern: "^whsec_[A-Za-z0-9+/]{32,88}={0,2}$"},message:"must match pattern \""+"^whsec_[A-Za-z0-9+/]{32,88}={0,2}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/callback_signing_secret",schemaPath:"#/allOf/1/properties/callback_signing_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateRunRequest = validate66;
const schema158 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/run-request.schema.json","title":"Run Request","description":"Body of POST /api/agents/run (requires an Idempotency-Key). The published request fields, plus the kit's optional `test_script`, honoured only by hosts in conformance mode with the scripted_runs seam and refused with 400 invalid-request otherwise.","type":"object","required":["trust_profile_id","quote_id","credit_entitlement_id","requested_tool","requested_capability"],"additionalProperties":true,"properties":{"trust_profile_id":{"type":"string","minLength":1},"quote_id":{"type":"string","minLength":1},"credit_entitlement_id":{"type":"string","minLength":1},"contract_id":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"requested_capability":{"type":"string","minLength":1},"workflow_context":{"type":"object","description":"Free-form context the requesting agent passes to the Work Order."},"expected_outputs":{"type":"array","items":{"type":"string"}},"callback_url":{"type":"string","format":"uri","description":"Where the signed callback is delivered. Private, loopback, link-local and non-http(s) targets are refused with 422 unsafe-callback-target (conformance mode allows loopback)."},"test_script":{"$ref":"https://weverlabs.com/schemas/test-script.schema.json"}}};
const schema160 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/test-script.schema.json","title":"Test Script","description":"Designed by the kit: the scripted_runs seam. Sent as `test_script` on POST /api/agents/run to a host in conformance mode, it decides what the run's tool does (evidence, result, metered units, a failure, a stall, side effects) so the kit can drive every branch of the lifecycle deterministically. Unknown members are refused so that a misspelt instruction cannot be silently ignored.","type":"object","additionalProperties":false,"properties":{"evidence_status":{"type":"string","enum":["sufficient","partial","insufficient"],"default":"sufficient","description":"Evidence status the evidence review reaches; insufficient opens an evidence_gap exception."},"missing_items":{"type":"array","items":{"type":"string","minLength":1},"description":"Items the evidence_gap ticket lists as missing; default [\"evidence\"]."},"result_package":{"type":"object","default":{},"description":"Served verbatim as the result package's `outputs`. A run with no script at all packages {\"summary\": \"demo\"}."},"metered_units":{"type":"integer","minimum":0,"description":"Units the tool meters; default the quote's credits_quoted. Units above the reservation are not billed."},"fail_at":{"type":"string","enum":["evidence_review","tool_execution","result_packaged"],"description":"Step at which the tool fails, opening a tool_execution_pause exception."},"units_before_failure":{"type":"integer","minimum":0,"default":0,"description":"Units metered and debited at the scripted failure."},"stall_at":{"type":"string","enum":["queued","evidence_review","tool_execution"],"description":"State in which the run stops making progress until an advance_queue command."},"side_effects":{"type":"string","enum":["none","recorded","unrecorded"],"default":"none","description":"External side effects of the failing step; unrecorded ones make the replay unsafe."},"structured_output":{"type":"object","additionalProperties":false,"properties":{"invalid_attempts":{"type":"integer","minimum":0,"description":"How many structured outputs fail validation before a valid one is produced."}}},"step_duration_ms":{"type":"integer","minimum":0,"default":1000,"description":"Host time each runner step takes."}},"dependentRequired":{"units_before_failure":["fail_at"]}};
const func92 = Object.prototype.hasOwnProperty;

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/run-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.trust_profile_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trust_profile_id"},message:"must have required property '"+"trust_profile_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quote_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote_id"},message:"must have required property '"+"quote_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.credit_entitlement_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credit_entitlement_id"},message:"must have required property '"+"credit_entitlement_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.requested_tool === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.requested_capability === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_capability"},message:"must have required property '"+"requested_capability"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.trust_profile_id !== undefined){
let data0 = data.trust_profile_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err5 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.quote_id !== undefined){
let data1 = data.quote_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.credit_entitlement_id !== undefined){
let data2 = data.credit_entitlement_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.contract_id !== undefined){
let data3 = data.contract_id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/contract_id",schemaPath:"#/properties/contract_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/contract_id",schemaPath:"#/properties/contract_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data4 = data.requested_tool;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data4 === "packetops") || (data4 === "distributionops")) || (data4 === "tokenops")) || (data4 === "wever_labs_os"))){
const err14 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.requested_capability !== undefined){
let data5 = data.requested_capability;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.workflow_context !== undefined){
let data6 = data.workflow_context;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err17 = {instancePath:instancePath+"/workflow_context",schemaPath:"#/properties/workflow_context/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.expected_outputs !== undefined){
let data7 = data.expected_outputs;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err18 = {instancePath:instancePath+"/expected_outputs/" + i0,schemaPath:"#/properties/expected_outputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/expected_outputs",schemaPath:"#/properties/expected_outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data9 = data.callback_url;
if(typeof data9 === "string"){
if(!(formats2(data9))){
const err20 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.test_script !== undefined){
let data10 = data.test_script;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
if(!(func92.call(schema160.properties, key0))){
const err22 = {instancePath:instancePath+"/test_script",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.evidence_status !== undefined){
let data11 = data10.evidence_status;
if(typeof data11 !== "string"){
const err23 = {instancePath:instancePath+"/test_script/evidence_status",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((data11 === "sufficient") || (data11 === "partial")) || (data11 === "insufficient"))){
const err24 = {instancePath:instancePath+"/test_script/evidence_status",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema160.properties.evidence_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.missing_items !== undefined){
let data12 = data10.missing_items;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err25 = {instancePath:instancePath+"/test_script/missing_items/" + i1,schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/missing_items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/test_script/missing_items/" + i1,schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/missing_items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/test_script/missing_items",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/missing_items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.result_package !== undefined){
let data14 = data10.result_package;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err28 = {instancePath:instancePath+"/test_script/result_package",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/result_package/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.metered_units !== undefined){
let data15 = data10.metered_units;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err29 = {instancePath:instancePath+"/test_script/metered_units",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/metered_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err30 = {instancePath:instancePath+"/test_script/metered_units",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/metered_units/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data10.fail_at !== undefined){
let data16 = data10.fail_at;
if(typeof data16 !== "string"){
const err31 = {instancePath:instancePath+"/test_script/fail_at",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/fail_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((data16 === "evidence_review") || (data16 === "tool_execution")) || (data16 === "result_packaged"))){
const err32 = {instancePath:instancePath+"/test_script/fail_at",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/fail_at/enum",keyword:"enum",params:{allowedValues: schema160.properties.fail_at.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.units_before_failure !== undefined){
let data17 = data10.units_before_failure;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err33 = {instancePath:instancePath+"/test_script/units_before_failure",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/units_before_failure/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err34 = {instancePath:instancePath+"/test_script/units_before_failure",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/units_before_failure/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data10.stall_at !== undefined){
let data18 = data10.stall_at;
if(typeof data18 !== "string"){
const err35 = {instancePath:instancePath+"/test_script/stall_at",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/stall_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data18 === "queued") || (data18 === "evidence_review")) || (data18 === "tool_execution"))){
const err36 = {instancePath:instancePath+"/test_script/stall_at",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/stall_at/enum",keyword:"enum",params:{allowedValues: schema160.properties.stall_at.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.side_effects !== undefined){
let data19 = data10.side_effects;
if(typeof data19 !== "string"){
const err37 = {instancePath:instancePath+"/test_script/side_effects",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/side_effects/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(((data19 === "none") || (data19 === "recorded")) || (data19 === "unrecorded"))){
const err38 = {instancePath:instancePath+"/test_script/side_effects",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/side_effects/enum",keyword:"enum",params:{allowedValues: schema160.properties.side_effects.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.structured_output !== undefined){
let data20 = data10.structured_output;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key1 in data20){
if(!(key1 === "invalid_attempts")){
const err39 = {instancePath:instancePath+"/test_script/structured_output",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/structured_output/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data20.invalid_attempts !== undefined){
let data21 = data20.invalid_attempts;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err40 = {instancePath:instancePath+"/test_script/structured_output/invalid_attempts",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/structured_output/properties/invalid_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err41 = {instancePath:instancePath+"/test_script/structured_output/invalid_attempts",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/structured_output/properties/invalid_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/test_script/structured_output",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/structured_output/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.step_duration_ms !== undefined){
let data22 = data10.step_duration_ms;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err43 = {instancePath:instancePath+"/test_script/step_duration_ms",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/step_duration_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err44 = {instancePath:instancePath+"/test_script/step_duration_ms",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/properties/step_duration_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data10.units_before_failure !== undefined){
if(data10.fail_at === undefined){
const err45 = {instancePath:instancePath+"/test_script",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/dependentRequired",keyword:"dependentRequired",params:{property: "units_before_failure",
    missingProperty: "fail_at",
    depsCount: 1,
    deps: "fail_at"},message:"must have property fail_at when property units_before_failure is present"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/test_script",schemaPath:"https://weverlabs.com/schemas/test-script.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateSettlementReceipt = validate67;
const schema161 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/settlement-receipt.schema.json","title":"Settlement Receipt","description":"Proof that a provider settlement funded credits (seed 002's receipt split: a settlement receipt funds credits, a usage receipt records credits consumed). Served by POST /api/agents/settlements and at GET /api/agents/settlements/{settlement_id}/receipt. The published fields and values are kept (usage_receipt_policy accepts the published value); the kit adds the identifiers that tie it to the quote, the entitlement and the provider transaction, types credits_funded as an integer, and forbids consumption fields (credits_debited, meter_units, agent_task_run_id, remaining_credits) so funding and usage can never be mixed in one record.","type":"object","required":["receipt_type","settlement_id","receipt_id","settlement_provider","settlement_status","credits_funded","credit_entitlement_id","quote_id","provider_transaction_ref","usage_receipt_policy","issued_at"],"additionalProperties":true,"properties":{"receipt_type":{"type":"string","const":"agent_settlement_receipt"},"settlement_id":{"type":"string","minLength":1},"receipt_id":{"type":"string","minLength":1},"settlement_provider":{"type":"string","description":"Provider types of the settlement page; seed 000's run record uses a narrower list plus not_selected.","enum":["stripe_stablecoin","x402","circle_usdc","ap2_mandate","manual_invoice","custom_provider"]},"settlement_status":{"type":"string","const":"credits_funded"},"credits_funded":{"type":"integer","minimum":1},"credit_entitlement_id":{"type":"string","minLength":1},"quote_id":{"type":"string","minLength":1},"provider_transaction_ref":{"type":"string","minLength":1},"payer":{"type":"string"},"usage_receipt_policy":{"type":"string","enum":["usage_receipts_record_credits_consumed_after_work_runs","usage_receipt_per_run"],"description":"Consumption of these credits is recorded by usage receipts, one per run. The first value is the published one; the second is the kit's earlier spelling of the same policy, kept so hosts built against it stay valid (SPEC.md §2.4.7)."},"issued_at":{"type":"string","format":"date-time"}},"not":{"description":"A settlement receipt records funding only: no consumption field.","anyOf":[{"required":["credits_debited"]},{"required":["meter_units"]},{"required":["agent_task_run_id"]},{"required":["remaining_credits"]}]}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/settlement-receipt.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.credits_debited === undefined) && (missing0 = "credits_debited")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.meter_units === undefined) && (missing1 = "meter_units")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.agent_task_run_id === undefined) && (missing2 = "agent_task_run_id")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.remaining_credits === undefined) && (missing3 = "remaining_credits")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err5 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.receipt_type === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receipt_type"},message:"must have required property '"+"receipt_type"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.settlement_id === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settlement_id"},message:"must have required property '"+"settlement_id"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.receipt_id === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receipt_id"},message:"must have required property '"+"receipt_id"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.settlement_provider === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settlement_provider"},message:"must have required property '"+"settlement_provider"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.settlement_status === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settlement_status"},message:"must have required property '"+"settlement_status"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.credits_funded === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits_funded"},message:"must have required property '"+"credits_funded"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.credit_entitlement_id === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credit_entitlement_id"},message:"must have required property '"+"credit_entitlement_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.quote_id === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote_id"},message:"must have required property '"+"quote_id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.provider_transaction_ref === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider_transaction_ref"},message:"must have required property '"+"provider_transaction_ref"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.usage_receipt_policy === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "usage_receipt_policy"},message:"must have required property '"+"usage_receipt_policy"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.issued_at === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issued_at"},message:"must have required property '"+"issued_at"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.receipt_type !== undefined){
let data0 = data.receipt_type;
if(typeof data0 !== "string"){
const err17 = {instancePath:instancePath+"/receipt_type",schemaPath:"#/properties/receipt_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("agent_settlement_receipt" !== data0){
const err18 = {instancePath:instancePath+"/receipt_type",schemaPath:"#/properties/receipt_type/const",keyword:"const",params:{allowedValue: "agent_settlement_receipt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.settlement_id !== undefined){
let data1 = data.settlement_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err19 = {instancePath:instancePath+"/settlement_id",schemaPath:"#/properties/settlement_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/settlement_id",schemaPath:"#/properties/settlement_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.receipt_id !== undefined){
let data2 = data.receipt_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err21 = {instancePath:instancePath+"/receipt_id",schemaPath:"#/properties/receipt_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/receipt_id",schemaPath:"#/properties/receipt_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.settlement_provider !== undefined){
let data3 = data.settlement_provider;
if(typeof data3 !== "string"){
const err23 = {instancePath:instancePath+"/settlement_provider",schemaPath:"#/properties/settlement_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((((((data3 === "stripe_stablecoin") || (data3 === "x402")) || (data3 === "circle_usdc")) || (data3 === "ap2_mandate")) || (data3 === "manual_invoice")) || (data3 === "custom_provider"))){
const err24 = {instancePath:instancePath+"/settlement_provider",schemaPath:"#/properties/settlement_provider/enum",keyword:"enum",params:{allowedValues: schema161.properties.settlement_provider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.settlement_status !== undefined){
let data4 = data.settlement_status;
if(typeof data4 !== "string"){
const err25 = {instancePath:instancePath+"/settlement_status",schemaPath:"#/properties/settlement_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("credits_funded" !== data4){
const err26 = {instancePath:instancePath+"/settlement_status",schemaPath:"#/properties/settlement_status/const",keyword:"const",params:{allowedValue: "credits_funded"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.credits_funded !== undefined){
let data5 = data.credits_funded;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err27 = {instancePath:instancePath+"/credits_funded",schemaPath:"#/properties/credits_funded/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err28 = {instancePath:instancePath+"/credits_funded",schemaPath:"#/properties/credits_funded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.credit_entitlement_id !== undefined){
let data6 = data.credit_entitlement_id;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err29 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.quote_id !== undefined){
let data7 = data.quote_id;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err31 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.provider_transaction_ref !== undefined){
let data8 = data.provider_transaction_ref;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err33 = {instancePath:instancePath+"/provider_transaction_ref",schemaPath:"#/properties/provider_transaction_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/provider_transaction_ref",schemaPath:"#/properties/provider_transaction_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.payer !== undefined){
if(typeof data.payer !== "string"){
const err35 = {instancePath:instancePath+"/payer",schemaPath:"#/properties/payer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.usage_receipt_policy !== undefined){
let data10 = data.usage_receipt_policy;
if(typeof data10 !== "string"){
const err36 = {instancePath:instancePath+"/usage_receipt_policy",schemaPath:"#/properties/usage_receipt_policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data10 === "usage_receipts_record_credits_consumed_after_work_runs") || (data10 === "usage_receipt_per_run"))){
const err37 = {instancePath:instancePath+"/usage_receipt_policy",schemaPath:"#/properties/usage_receipt_policy/enum",keyword:"enum",params:{allowedValues: schema161.properties.usage_receipt_policy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.issued_at !== undefined){
let data11 = data.issued_at;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err38 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateSettlementRequest = validate68;
const schema162 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/settlement-request.schema.json","title":"Settlement Request","description":"Body of POST /api/agents/settlements (requires an Idempotency-Key). Designed by the kit (the published system funds credits through a provider without a public request shape): it reports a provider settlement for a quote so the host funds that many integer credits. `provider_transaction_ref` is single-use: the same reference with the same fields returns the original receipt and funds nothing more, with different fields it is refused with 409 settlement-conflict.","type":"object","required":["request_type","quote_id","settlement_provider","provider_transaction_ref","credits"],"additionalProperties":true,"properties":{"request_type":{"type":"string","const":"agent_settlement_request"},"quote_id":{"type":"string","minLength":1},"settlement_provider":{"$ref":"https://weverlabs.com/schemas/settlement-receipt.schema.json#/properties/settlement_provider"},"provider_transaction_ref":{"type":"string","minLength":1,"description":"The provider's reference of the settled transaction."},"credits":{"type":"integer","minimum":1,"description":"Credits the settlement funds."},"credit_entitlement_id":{"type":"string","minLength":1,"description":"Top up this existing entitlement instead of creating a new one."},"payer":{"type":"string","description":"The paying party as the provider names it (an account or wallet address)."}}};
const schema163 = {"type":"string","description":"Provider types of the settlement page; seed 000's run record uses a narrower list plus not_selected.","enum":["stripe_stablecoin","x402","circle_usdc","ap2_mandate","manual_invoice","custom_provider"]};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/settlement-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "request_type"},message:"must have required property '"+"request_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quote_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote_id"},message:"must have required property '"+"quote_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.settlement_provider === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settlement_provider"},message:"must have required property '"+"settlement_provider"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.provider_transaction_ref === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider_transaction_ref"},message:"must have required property '"+"provider_transaction_ref"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.credits === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credits"},message:"must have required property '"+"credits"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.request_type !== undefined){
let data0 = data.request_type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/request_type",schemaPath:"#/properties/request_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("agent_settlement_request" !== data0){
const err6 = {instancePath:instancePath+"/request_type",schemaPath:"#/properties/request_type/const",keyword:"const",params:{allowedValue: "agent_settlement_request"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.quote_id !== undefined){
let data1 = data.quote_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/quote_id",schemaPath:"#/properties/quote_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.settlement_provider !== undefined){
let data2 = data.settlement_provider;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/settlement_provider",schemaPath:"https://weverlabs.com/schemas/settlement-receipt.schema.json#/properties/settlement_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data2 === "stripe_stablecoin") || (data2 === "x402")) || (data2 === "circle_usdc")) || (data2 === "ap2_mandate")) || (data2 === "manual_invoice")) || (data2 === "custom_provider"))){
const err10 = {instancePath:instancePath+"/settlement_provider",schemaPath:"https://weverlabs.com/schemas/settlement-receipt.schema.json#/properties/settlement_provider/enum",keyword:"enum",params:{allowedValues: schema163.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.provider_transaction_ref !== undefined){
let data3 = data.provider_transaction_ref;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/provider_transaction_ref",schemaPath:"#/properties/provider_transaction_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/provider_transaction_ref",schemaPath:"#/properties/provider_transaction_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.credits !== undefined){
let data4 = data.credits;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.credit_entitlement_id !== undefined){
let data5 = data.credit_entitlement_id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/credit_entitlement_id",schemaPath:"#/properties/credit_entitlement_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.payer !== undefined){
if(typeof data.payer !== "string"){
const err17 = {instancePath:instancePath+"/payer",schemaPath:"#/properties/payer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateStuckTaskAlert = validate69;
const schema164 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/stuck-task-alert.schema.json","title":"Stuck Task Alert","description":"Raised once for a run that made no progress for the advertised stuck threshold of host time, or whose callback could not be delivered. It keeps the published fields; the kit adds `agent_task_run_id` so an alert can be matched to its run record and ledger.","type":"object","required":["object_type","alert_id","task_token","current_lifecycle_state","stuck_reason","recommended_action","created_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_stuck_task_alert"},"alert_id":{"type":"string","minLength":1},"task_token":{"type":"string","minLength":1},"agent_task_run_id":{"type":"string","minLength":1,"description":"Kit addition: the run the alert is about."},"current_lifecycle_state":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state","description":"The run's canonical lifecycle state when the alert was raised."},"stuck_reason":{"type":"string","enum":["missing_evidence","queue_heartbeat_missed","callback_delivery_failed","credit_allocation_pending","exception_open","runner_error","provider_settlement_pending","manual_review_required"]},"recommended_action":{"type":"string","minLength":1,"description":"What would unstick the run, usually a retry command action such as advance_queue or retry_callback."},"duration_minutes":{"type":"integer","minimum":0,"description":"How long the run had made no progress when the alert was raised."},"retry_command_url":{"type":"string","format":"uri"},"created_at":{"type":"string","format":"date-time"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/stuck-task-alert.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.alert_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alert_id"},message:"must have required property '"+"alert_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.task_token === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task_token"},message:"must have required property '"+"task_token"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.current_lifecycle_state === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "current_lifecycle_state"},message:"must have required property '"+"current_lifecycle_state"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stuck_reason === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stuck_reason"},message:"must have required property '"+"stuck_reason"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.recommended_action === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recommended_action"},message:"must have required property '"+"recommended_action"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.created_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("agent_stuck_task_alert" !== data0){
const err8 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_stuck_task_alert"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.alert_id !== undefined){
let data1 = data.alert_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/alert_id",schemaPath:"#/properties/alert_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/alert_id",schemaPath:"#/properties/alert_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.task_token !== undefined){
let data2 = data.task_token;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/task_token",schemaPath:"#/properties/task_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data3 = data.agent_task_run_id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.current_lifecycle_state !== undefined){
let data4 = data.current_lifecycle_state;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/current_lifecycle_state",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((((((((((((((((data4 === "created") || (data4 === "preflight_checked")) || (data4 === "contract_ready")) || (data4 === "contract_accepted")) || (data4 === "trust_pending")) || (data4 === "trusted")) || (data4 === "quoted")) || (data4 === "credit_pending")) || (data4 === "credit_funded")) || (data4 === "queued")) || (data4 === "operating")) || (data4 === "evidence_partial")) || (data4 === "result_ready")) || (data4 === "attested")) || (data4 === "receipt_issued")) || (data4 === "callback_pending")) || (data4 === "callback_delivered")) || (data4 === "exception_open")) || (data4 === "replay_ready")) || (data4 === "failed")) || (data4 === "closed"))){
const err16 = {instancePath:instancePath+"/current_lifecycle_state",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/canonical_lifecycle_state/enum",keyword:"enum",params:{allowedValues: schema153.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.stuck_reason !== undefined){
let data5 = data.stuck_reason;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/stuck_reason",schemaPath:"#/properties/stuck_reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((((((data5 === "missing_evidence") || (data5 === "queue_heartbeat_missed")) || (data5 === "callback_delivery_failed")) || (data5 === "credit_allocation_pending")) || (data5 === "exception_open")) || (data5 === "runner_error")) || (data5 === "provider_settlement_pending")) || (data5 === "manual_review_required"))){
const err18 = {instancePath:instancePath+"/stuck_reason",schemaPath:"#/properties/stuck_reason/enum",keyword:"enum",params:{allowedValues: schema164.properties.stuck_reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.recommended_action !== undefined){
let data6 = data.recommended_action;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err19 = {instancePath:instancePath+"/recommended_action",schemaPath:"#/properties/recommended_action/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/recommended_action",schemaPath:"#/properties/recommended_action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.duration_minutes !== undefined){
let data7 = data.duration_minutes;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/duration_minutes",schemaPath:"#/properties/duration_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/duration_minutes",schemaPath:"#/properties/duration_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.retry_command_url !== undefined){
let data8 = data.retry_command_url;
if(typeof data8 === "string"){
if(!(formats2(data8))){
const err23 = {instancePath:instancePath+"/retry_command_url",schemaPath:"#/properties/retry_command_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/retry_command_url",schemaPath:"#/properties/retry_command_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.created_at !== undefined){
let data9 = data.created_at;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err25 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateStuckTaskAlertList = validate70;
const schema166 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/stuck-task-alert-list.schema.json","title":"Stuck Task Alert List","description":"The tenant's stuck-task alerts, oldest first, served at GET /api/agents/queue/alerts. Designed by the kit as a typed envelope so an empty list is still a recognisable document.","type":"object","required":["object_type","items"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_stuck_task_alert_list"},"items":{"type":"array","items":{"$ref":"https://weverlabs.com/schemas/stuck-task-alert.schema.json"}}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/stuck-task-alert-list.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.items === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("agent_stuck_task_alert_list" !== data0){
const err3 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_stuck_task_alert_list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate69(data1[i0], {instancePath:instancePath+"/items/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateTenantCredentials = validate72;
const schema167 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/tenant-credentials.schema.json","title":"Tenant Credentials","description":"Designed by the kit: the 201 answer of the tenants seam (POST /api/agents/_seams/tenants), a fresh tenant with empty state and its bearer API key, so every scenario runs isolated from the others.","type":"object","required":["tenant_id","api_key"],"additionalProperties":true,"properties":{"tenant_id":{"type":"string","minLength":1},"api_key":{"type":"string","minLength":1,"description":"Sent as `Authorization: Bearer <api_key>`."}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/tenant-credentials.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenant_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenant_id"},message:"must have required property '"+"tenant_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.api_key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "api_key"},message:"must have required property '"+"api_key"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tenant_id !== undefined){
let data0 = data.tenant_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/tenant_id",schemaPath:"#/properties/tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.api_key !== undefined){
let data1 = data.api_key;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/api_key",schemaPath:"#/properties/api_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/api_key",schemaPath:"#/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateTenantCredentialsList = validate73;
const schema168 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/tenant-credentials-list.schema.json","title":"Tenant Credentials List","description":"Designed by the kit, protocol 1.1: the 201 answer of the tenants seam asked for `count` tenants (SPEC.md §13.4), each fresh, with empty state and its own bearer API key, as if minted by a request of its own.","type":"object","required":["tenants"],"additionalProperties":true,"properties":{"tenants":{"type":"array","minItems":1,"maxItems":32,"items":{"$ref":"https://weverlabs.com/schemas/tenant-credentials.schema.json"}}}};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/tenant-credentials-list.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenants === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenants"},message:"must have required property '"+"tenants"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tenants !== undefined){
let data0 = data.tenants;
if(Array.isArray(data0)){
if(data0.length > 32){
const err1 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.tenant_id === undefined){
const err3 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"https://weverlabs.com/schemas/tenant-credentials.schema.json/required",keyword:"required",params:{missingProperty: "tenant_id"},message:"must have required property '"+"tenant_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.api_key === undefined){
const err4 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"https://weverlabs.com/schemas/tenant-credentials.schema.json/required",keyword:"required",params:{missingProperty: "api_key"},message:"must have required property '"+"api_key"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.tenant_id !== undefined){
let data2 = data1.tenant_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/tenants/" + i0+"/tenant_id",schemaPath:"https://weverlabs.com/schemas/tenant-credentials.schema.json/properties/tenant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenants/" + i0+"/tenant_id",schemaPath:"https://weverlabs.com/schemas/tenant-credentials.schema.json/properties/tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.api_key !== undefined){
let data3 = data1.api_key;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err7 = {instancePath:instancePath+"/tenants/" + i0+"/api_key",schemaPath:"https://weverlabs.com/schemas/tenant-credentials.schema.json/properties/api_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/tenants/" + i0+"/api_key",schemaPath:"https://weverlabs.com/schemas/tenant-credentials.schema.json/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"https://weverlabs.com/schemas/tenant-credentials.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateTenantRequest = validate74;
const schema170 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/tenant-request.schema.json","title":"Tenant Request","description":"Designed by the kit: the optional body of the tenants seam (POST /api/agents/_seams/tenants). Empty, or from protocol 1.1 `clock_of` naming a tenant minted through the seam whose per-tenant test clock the new tenant shares (SPEC.md §13.2, §13.4), and `count` asking for several tenants at once.","type":"object","additionalProperties":false,"properties":{"clock_of":{"type":"string","minLength":1,"description":"tenant_id of an earlier tenant minted through the seam."},"count":{"type":"integer","minimum":1,"maximum":32,"description":"Protocol 1.1, for a host declaring seams.tenants.batch: mint this many tenants, answered as a tenant credentials list (SPEC.md §13.4)."}}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/tenant-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "clock_of") || (key0 === "count"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.clock_of !== undefined){
let data0 = data.clock_of;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/clock_of",schemaPath:"#/properties/clock_of/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/clock_of",schemaPath:"#/properties/clock_of/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.count !== undefined){
let data1 = data.count;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 32 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32},message:"must be <= 32"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateTestScript = validate75;

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/test-script.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func92.call(schema160.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.evidence_status !== undefined){
let data0 = data.evidence_status;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/evidence_status",schemaPath:"#/properties/evidence_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "sufficient") || (data0 === "partial")) || (data0 === "insufficient"))){
const err2 = {instancePath:instancePath+"/evidence_status",schemaPath:"#/properties/evidence_status/enum",keyword:"enum",params:{allowedValues: schema160.properties.evidence_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.missing_items !== undefined){
let data1 = data.missing_items;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err3 = {instancePath:instancePath+"/missing_items/" + i0,schemaPath:"#/properties/missing_items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/missing_items/" + i0,schemaPath:"#/properties/missing_items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/missing_items",schemaPath:"#/properties/missing_items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.result_package !== undefined){
let data3 = data.result_package;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err6 = {instancePath:instancePath+"/result_package",schemaPath:"#/properties/result_package/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metered_units !== undefined){
let data4 = data.metered_units;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/metered_units",schemaPath:"#/properties/metered_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/metered_units",schemaPath:"#/properties/metered_units/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.fail_at !== undefined){
let data5 = data.fail_at;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/fail_at",schemaPath:"#/properties/fail_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data5 === "evidence_review") || (data5 === "tool_execution")) || (data5 === "result_packaged"))){
const err10 = {instancePath:instancePath+"/fail_at",schemaPath:"#/properties/fail_at/enum",keyword:"enum",params:{allowedValues: schema160.properties.fail_at.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.units_before_failure !== undefined){
let data6 = data.units_before_failure;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/units_before_failure",schemaPath:"#/properties/units_before_failure/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/units_before_failure",schemaPath:"#/properties/units_before_failure/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.stall_at !== undefined){
let data7 = data.stall_at;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/stall_at",schemaPath:"#/properties/stall_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((data7 === "queued") || (data7 === "evidence_review")) || (data7 === "tool_execution"))){
const err14 = {instancePath:instancePath+"/stall_at",schemaPath:"#/properties/stall_at/enum",keyword:"enum",params:{allowedValues: schema160.properties.stall_at.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.side_effects !== undefined){
let data8 = data.side_effects;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/side_effects",schemaPath:"#/properties/side_effects/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((data8 === "none") || (data8 === "recorded")) || (data8 === "unrecorded"))){
const err16 = {instancePath:instancePath+"/side_effects",schemaPath:"#/properties/side_effects/enum",keyword:"enum",params:{allowedValues: schema160.properties.side_effects.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.structured_output !== undefined){
let data9 = data.structured_output;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(!(key1 === "invalid_attempts")){
const err17 = {instancePath:instancePath+"/structured_output",schemaPath:"#/properties/structured_output/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.invalid_attempts !== undefined){
let data10 = data9.invalid_attempts;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err18 = {instancePath:instancePath+"/structured_output/invalid_attempts",schemaPath:"#/properties/structured_output/properties/invalid_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/structured_output/invalid_attempts",schemaPath:"#/properties/structured_output/properties/invalid_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/structured_output",schemaPath:"#/properties/structured_output/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.step_duration_ms !== undefined){
let data11 = data.step_duration_ms;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err21 = {instancePath:instancePath+"/step_duration_ms",schemaPath:"#/properties/step_duration_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/step_duration_ms",schemaPath:"#/properties/step_duration_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.units_before_failure !== undefined){
if(data.fail_at === undefined){
const err23 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "units_before_failure",
    missingProperty: "fail_at",
    depsCount: 1,
    deps: "fail_at"},message:"must have property fail_at when property units_before_failure is present"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateTrustProfile = validate76;
const schema172 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/trust-profile.schema.json","title":"Trust Profile","description":"A requesting agent's registration with the host, served by POST /api/agents/trust-profiles and GET /api/agents/trust-profiles/{id}. It keeps the published fields and accepts the published placement of prohibited_inputs_acknowledged inside data_policy; runs and quotes need an approved profile (403 trust-not-approved otherwise).","type":"object","required":["profile_type","trust_profile_id","agent_name","trust_level","review_status","data_policy","created_at"],"additionalProperties":true,"properties":{"profile_type":{"type":"string","const":"agent_trust_profile"},"trust_profile_id":{"type":"string","minLength":1},"agent_name":{"type":"string","minLength":1},"trust_level":{"type":"string","enum":["registered","verified","restricted"]},"review_status":{"type":"string","enum":["pending","approved","rejected"]},"data_policy":{"type":"object","required":["allowed_data_modes"],"additionalProperties":true,"properties":{"allowed_data_modes":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["public_safe_demo","metadata_only"]}},"prohibited_inputs_acknowledged":{"type":"boolean","description":"Where the published trust profile places the acknowledgement (SPEC.md §2.4.7)."}}},"prohibited_inputs_acknowledged":{"type":"boolean","description":"Where the kit's first schema placed the acknowledgement; a profile carries it here, inside data_policy, or in both places with the same value."},"created_at":{"type":"string","format":"date-time"}},"allOf":[{"$ref":"#/$defs/acknowledgement"}],"$defs":{"acknowledgement":{"description":"The prohibited-inputs acknowledgement, shared by the trust profile and its request (SPEC.md §2.4.7): at the root, inside data_policy as published, or in both places with the same value; neither, or two different values, is invalid.","allOf":[{"description":"The acknowledgement is required: at the root, or inside data_policy as published.","if":{"type":"object","not":{"type":"object","required":["prohibited_inputs_acknowledged"]}},"then":{"type":"object","properties":{"data_policy":{"type":"object","required":["prohibited_inputs_acknowledged"]}}}},{"description":"A profile carrying the acknowledgement in both places gives the same value in both.","if":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":true}},"required":["prohibited_inputs_acknowledged"]},"then":{"type":"object","properties":{"data_policy":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":true}}}}}},{"if":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":false}},"required":["prohibited_inputs_acknowledged"]},"then":{"type":"object","properties":{"data_policy":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":false}}}}}}]}}};
const schema173 = {"description":"The prohibited-inputs acknowledgement, shared by the trust profile and its request (SPEC.md §2.4.7): at the root, inside data_policy as published, or in both places with the same value; neither, or two different values, is invalid.","allOf":[{"description":"The acknowledgement is required: at the root, or inside data_policy as published.","if":{"type":"object","not":{"type":"object","required":["prohibited_inputs_acknowledged"]}},"then":{"type":"object","properties":{"data_policy":{"type":"object","required":["prohibited_inputs_acknowledged"]}}}},{"description":"A profile carrying the acknowledgement in both places gives the same value in both.","if":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":true}},"required":["prohibited_inputs_acknowledged"]},"then":{"type":"object","properties":{"data_policy":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":true}}}}}},{"if":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":false}},"required":["prohibited_inputs_acknowledged"]},"then":{"type":"object","properties":{"data_policy":{"type":"object","properties":{"prohibited_inputs_acknowledged":{"const":false}}}}}}]};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/trust-profile.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs4 = errors;
let valid3 = true;
const _errs5 = errors;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.prohibited_inputs_acknowledged === undefined) && (missing0 = "prohibited_inputs_acknowledged")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid4 = _errs8 === errors;
if(valid4){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data_policy !== undefined){
let data0 = data.data_policy;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.prohibited_inputs_acknowledged === undefined){
const err4 = {instancePath:instancePath+"/data_policy",schemaPath:"#/$defs/acknowledgement/allOf/0/then/properties/data_policy/required",keyword:"required",params:{missingProperty: "prohibited_inputs_acknowledged"},message:"must have required property '"+"prohibited_inputs_acknowledged"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/data_policy",schemaPath:"#/$defs/acknowledgement/allOf/0/then/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/acknowledgement/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid3 = _valid0;
if(valid3){
var props0 = {};
props0.data_policy = true;
}
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/$defs/acknowledgement/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs15 = errors;
let valid6 = true;
const _errs16 = errors;
if(errors === _errs16){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.prohibited_inputs_acknowledged === undefined) && (missing1 = "prohibited_inputs_acknowledged")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.prohibited_inputs_acknowledged !== undefined){
if(true !== data.prohibited_inputs_acknowledged){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data_policy !== undefined){
let data2 = data.data_policy;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.prohibited_inputs_acknowledged !== undefined){
if(true !== data2.prohibited_inputs_acknowledged){
const err11 = {instancePath:instancePath+"/data_policy/prohibited_inputs_acknowledged",schemaPath:"#/$defs/acknowledgement/allOf/1/then/properties/data_policy/properties/prohibited_inputs_acknowledged/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/data_policy",schemaPath:"#/$defs/acknowledgement/allOf/1/then/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/$defs/acknowledgement/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid6 = _valid1;
if(valid6){
var props1 = {};
props1.data_policy = true;
props1.prohibited_inputs_acknowledged = true;
}
}
if(!valid6){
const err14 = {instancePath,schemaPath:"#/$defs/acknowledgement/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs25 = errors;
let valid10 = true;
const _errs26 = errors;
if(errors === _errs26){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.prohibited_inputs_acknowledged === undefined) && (missing2 = "prohibited_inputs_acknowledged")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.prohibited_inputs_acknowledged !== undefined){
if(false !== data.prohibited_inputs_acknowledged){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid2 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data_policy !== undefined){
let data5 = data.data_policy;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.prohibited_inputs_acknowledged !== undefined){
if(false !== data5.prohibited_inputs_acknowledged){
const err18 = {instancePath:instancePath+"/data_policy/prohibited_inputs_acknowledged",schemaPath:"#/$defs/acknowledgement/allOf/2/then/properties/data_policy/properties/prohibited_inputs_acknowledged/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data_policy",schemaPath:"#/$defs/acknowledgement/allOf/2/then/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/$defs/acknowledgement/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid10 = _valid2;
if(valid10){
var props2 = {};
props2.data_policy = true;
props2.prohibited_inputs_acknowledged = true;
}
}
if(!valid10){
const err21 = {instancePath,schemaPath:"#/$defs/acknowledgement/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profile_type === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profile_type"},message:"must have required property '"+"profile_type"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.trust_profile_id === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trust_profile_id"},message:"must have required property '"+"trust_profile_id"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.agent_name === undefined){
const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_name"},message:"must have required property '"+"agent_name"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.trust_level === undefined){
const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trust_level"},message:"must have required property '"+"trust_level"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.review_status === undefined){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review_status"},message:"must have required property '"+"review_status"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.data_policy === undefined){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data_policy"},message:"must have required property '"+"data_policy"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.created_at === undefined){
const err28 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.profile_type !== undefined){
let data7 = data.profile_type;
if(typeof data7 !== "string"){
const err29 = {instancePath:instancePath+"/profile_type",schemaPath:"#/properties/profile_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if("agent_trust_profile" !== data7){
const err30 = {instancePath:instancePath+"/profile_type",schemaPath:"#/properties/profile_type/const",keyword:"const",params:{allowedValue: "agent_trust_profile"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.trust_profile_id !== undefined){
let data8 = data.trust_profile_id;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err31 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/trust_profile_id",schemaPath:"#/properties/trust_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.agent_name !== undefined){
let data9 = data.agent_name;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err33 = {instancePath:instancePath+"/agent_name",schemaPath:"#/properties/agent_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/agent_name",schemaPath:"#/properties/agent_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.trust_level !== undefined){
let data10 = data.trust_level;
if(typeof data10 !== "string"){
const err35 = {instancePath:instancePath+"/trust_level",schemaPath:"#/properties/trust_level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data10 === "registered") || (data10 === "verified")) || (data10 === "restricted"))){
const err36 = {instancePath:instancePath+"/trust_level",schemaPath:"#/properties/trust_level/enum",keyword:"enum",params:{allowedValues: schema172.properties.trust_level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.review_status !== undefined){
let data11 = data.review_status;
if(typeof data11 !== "string"){
const err37 = {instancePath:instancePath+"/review_status",schemaPath:"#/properties/review_status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(((data11 === "pending") || (data11 === "approved")) || (data11 === "rejected"))){
const err38 = {instancePath:instancePath+"/review_status",schemaPath:"#/properties/review_status/enum",keyword:"enum",params:{allowedValues: schema172.properties.review_status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.data_policy !== undefined){
let data12 = data.data_policy;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.allowed_data_modes === undefined){
const err39 = {instancePath:instancePath+"/data_policy",schemaPath:"#/properties/data_policy/required",keyword:"required",params:{missingProperty: "allowed_data_modes"},message:"must have required property '"+"allowed_data_modes"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data12.allowed_data_modes !== undefined){
let data13 = data12.allowed_data_modes;
if(Array.isArray(data13)){
if(data13.length < 1){
const err40 = {instancePath:instancePath+"/data_policy/allowed_data_modes",schemaPath:"#/properties/data_policy/properties/allowed_data_modes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(typeof data14 !== "string"){
const err41 = {instancePath:instancePath+"/data_policy/allowed_data_modes/" + i0,schemaPath:"#/properties/data_policy/properties/allowed_data_modes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!((data14 === "public_safe_demo") || (data14 === "metadata_only"))){
const err42 = {instancePath:instancePath+"/data_policy/allowed_data_modes/" + i0,schemaPath:"#/properties/data_policy/properties/allowed_data_modes/items/enum",keyword:"enum",params:{allowedValues: schema172.properties.data_policy.properties.allowed_data_modes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i1 = data13.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data13[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err43 = {instancePath:instancePath+"/data_policy/allowed_data_modes",schemaPath:"#/properties/data_policy/properties/allowed_data_modes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err44 = {instancePath:instancePath+"/data_policy/allowed_data_modes",schemaPath:"#/properties/data_policy/properties/allowed_data_modes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.prohibited_inputs_acknowledged !== undefined){
if(typeof data12.prohibited_inputs_acknowledged !== "boolean"){
const err45 = {instancePath:instancePath+"/data_policy/prohibited_inputs_acknowledged",schemaPath:"#/properties/data_policy/properties/prohibited_inputs_acknowledged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/data_policy",schemaPath:"#/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.prohibited_inputs_acknowledged !== undefined){
if(typeof data.prohibited_inputs_acknowledged !== "boolean"){
const err47 = {instancePath:instancePath+"/prohibited_inputs_acknowledged",schemaPath:"#/properties/prohibited_inputs_acknowledged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.created_at !== undefined){
let data17 = data.created_at;
if(typeof data17 === "string"){
if(!(formats0.validate(data17))){
const err48 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateTrustProfileRequest = validate77;
const schema174 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/trust-profile-request.schema.json","title":"Trust Profile Request","description":"Body of POST /api/agents/trust-profiles: a requesting agent registers itself, states which data modes it will send and acknowledges the prohibited inputs, at the root, inside data_policy as the published trust profile places it, or in both places with the same value. Designed by the kit from the published trust profile fields.","type":"object","required":["agent_name","data_policy"],"additionalProperties":true,"properties":{"agent_name":{"type":"string","minLength":1},"data_policy":{"$ref":"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy"},"prohibited_inputs_acknowledged":{"type":"boolean","description":"The acknowledgement at the root; it may instead, or also with the same value, sit inside data_policy (SPEC.md §2.4.7)."}},"allOf":[{"$ref":"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement"}]};
const schema176 = {"type":"object","required":["allowed_data_modes"],"additionalProperties":true,"properties":{"allowed_data_modes":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["public_safe_demo","metadata_only"]}},"prohibited_inputs_acknowledged":{"type":"boolean","description":"Where the published trust profile places the acknowledgement (SPEC.md §2.4.7)."}}};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/trust-profile-request.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs4 = errors;
let valid3 = true;
const _errs5 = errors;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.prohibited_inputs_acknowledged === undefined) && (missing0 = "prohibited_inputs_acknowledged")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid4 = _errs8 === errors;
if(valid4){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data_policy !== undefined){
let data0 = data.data_policy;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.prohibited_inputs_acknowledged === undefined){
const err4 = {instancePath:instancePath+"/data_policy",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/0/then/properties/data_policy/required",keyword:"required",params:{missingProperty: "prohibited_inputs_acknowledged"},message:"must have required property '"+"prohibited_inputs_acknowledged"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/data_policy",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/0/then/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid3 = _valid0;
if(valid3){
var props0 = {};
props0.data_policy = true;
}
}
if(!valid3){
const err7 = {instancePath,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs15 = errors;
let valid6 = true;
const _errs16 = errors;
if(errors === _errs16){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.prohibited_inputs_acknowledged === undefined) && (missing1 = "prohibited_inputs_acknowledged")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.prohibited_inputs_acknowledged !== undefined){
if(true !== data.prohibited_inputs_acknowledged){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data_policy !== undefined){
let data2 = data.data_policy;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.prohibited_inputs_acknowledged !== undefined){
if(true !== data2.prohibited_inputs_acknowledged){
const err11 = {instancePath:instancePath+"/data_policy/prohibited_inputs_acknowledged",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/1/then/properties/data_policy/properties/prohibited_inputs_acknowledged/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/data_policy",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/1/then/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid6 = _valid1;
if(valid6){
var props1 = {};
props1.data_policy = true;
props1.prohibited_inputs_acknowledged = true;
}
}
if(!valid6){
const err14 = {instancePath,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs25 = errors;
let valid10 = true;
const _errs26 = errors;
if(errors === _errs26){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.prohibited_inputs_acknowledged === undefined) && (missing2 = "prohibited_inputs_acknowledged")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.prohibited_inputs_acknowledged !== undefined){
if(false !== data.prohibited_inputs_acknowledged){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid2 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data_policy !== undefined){
let data5 = data.data_policy;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.prohibited_inputs_acknowledged !== undefined){
if(false !== data5.prohibited_inputs_acknowledged){
const err18 = {instancePath:instancePath+"/data_policy/prohibited_inputs_acknowledged",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/2/then/properties/data_policy/properties/prohibited_inputs_acknowledged/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data_policy",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/2/then/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid10 = _valid2;
if(valid10){
var props2 = {};
props2.data_policy = true;
props2.prohibited_inputs_acknowledged = true;
}
}
if(!valid10){
const err21 = {instancePath,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/$defs/acknowledgement/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agent_name === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_name"},message:"must have required property '"+"agent_name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.data_policy === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data_policy"},message:"must have required property '"+"data_policy"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.agent_name !== undefined){
let data7 = data.agent_name;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/agent_name",schemaPath:"#/properties/agent_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/agent_name",schemaPath:"#/properties/agent_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.data_policy !== undefined){
let data8 = data.data_policy;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.allowed_data_modes === undefined){
const err26 = {instancePath:instancePath+"/data_policy",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/required",keyword:"required",params:{missingProperty: "allowed_data_modes"},message:"must have required property '"+"allowed_data_modes"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.allowed_data_modes !== undefined){
let data9 = data8.allowed_data_modes;
if(Array.isArray(data9)){
if(data9.length < 1){
const err27 = {instancePath:instancePath+"/data_policy/allowed_data_modes",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/properties/allowed_data_modes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 !== "string"){
const err28 = {instancePath:instancePath+"/data_policy/allowed_data_modes/" + i0,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/properties/allowed_data_modes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((data10 === "public_safe_demo") || (data10 === "metadata_only"))){
const err29 = {instancePath:instancePath+"/data_policy/allowed_data_modes/" + i0,schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/properties/allowed_data_modes/items/enum",keyword:"enum",params:{allowedValues: schema176.properties.allowed_data_modes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err30 = {instancePath:instancePath+"/data_policy/allowed_data_modes",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/properties/allowed_data_modes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err31 = {instancePath:instancePath+"/data_policy/allowed_data_modes",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/properties/allowed_data_modes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.prohibited_inputs_acknowledged !== undefined){
if(typeof data8.prohibited_inputs_acknowledged !== "boolean"){
const err32 = {instancePath:instancePath+"/data_policy/prohibited_inputs_acknowledged",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/properties/prohibited_inputs_acknowledged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/data_policy",schemaPath:"https://weverlabs.com/schemas/trust-profile.schema.json#/properties/data_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.prohibited_inputs_acknowledged !== undefined){
if(typeof data.prohibited_inputs_acknowledged !== "boolean"){
const err34 = {instancePath:instancePath+"/prohibited_inputs_acknowledged",schemaPath:"#/properties/prohibited_inputs_acknowledged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateUsageReceipt = validate31;

export const validateWorkOrder = validate78;
const schema177 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://weverlabs.com/schemas/work-order.schema.json","title":"Work Order","description":"The instruction a run gives its operating tool, created with the run and served at GET /api/agents/work-orders/{work_order_id}. Designed by the kit: the published system names Work Orders on every run record but publishes no shape for them; this one carries what the run request asked for.","type":"object","required":["object_type","work_order_id","agent_task_run_id","requested_tool","requested_capability","workflow_context","expected_outputs","created_at"],"additionalProperties":true,"properties":{"object_type":{"type":"string","const":"agent_work_order"},"work_order_id":{"type":"string","minLength":1},"agent_task_run_id":{"type":"string","minLength":1},"requested_tool":{"$ref":"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool"},"requested_capability":{"type":"string","minLength":1},"workflow_context":{"type":"object","description":"The run request's workflow_context ({} when it had none)."},"expected_outputs":{"type":"array","items":{"type":"string"}},"created_at":{"type":"string","format":"date-time"}}};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://weverlabs.com/schemas/work-order.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.work_order_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "work_order_id"},message:"must have required property '"+"work_order_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.agent_task_run_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_task_run_id"},message:"must have required property '"+"agent_task_run_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.requested_tool === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_tool"},message:"must have required property '"+"requested_tool"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.requested_capability === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requested_capability"},message:"must have required property '"+"requested_capability"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.workflow_context === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow_context"},message:"must have required property '"+"workflow_context"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.expected_outputs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expected_outputs"},message:"must have required property '"+"expected_outputs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.created_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("agent_work_order" !== data0){
const err9 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/const",keyword:"const",params:{allowedValue: "agent_work_order"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.work_order_id !== undefined){
let data1 = data.work_order_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err10 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/work_order_id",schemaPath:"#/properties/work_order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.agent_task_run_id !== undefined){
let data2 = data.agent_task_run_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/agent_task_run_id",schemaPath:"#/properties/agent_task_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.requested_tool !== undefined){
let data3 = data.requested_tool;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data3 === "packetops") || (data3 === "distributionops")) || (data3 === "tokenops")) || (data3 === "wever_labs_os"))){
const err15 = {instancePath:instancePath+"/requested_tool",schemaPath:"https://weverlabs.com/schemas/agent-task-run.schema.json#/properties/requested_tool/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.requested_capability !== undefined){
let data4 = data.requested_capability;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err16 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/requested_capability",schemaPath:"#/properties/requested_capability/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.workflow_context !== undefined){
let data5 = data.workflow_context;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err18 = {instancePath:instancePath+"/workflow_context",schemaPath:"#/properties/workflow_context/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.expected_outputs !== undefined){
let data6 = data.expected_outputs;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err19 = {instancePath:instancePath+"/expected_outputs/" + i0,schemaPath:"#/properties/expected_outputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/expected_outputs",schemaPath:"#/properties/expected_outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.created_at !== undefined){
let data8 = data.created_at;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err21 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const schemaNames = Object.freeze(["agent-run-state-event","agent-task-run","app-runtime","callback-delivery","callback-delivery-attempt","callback-payload","clock-advance-request","clock-state","conformance-baseline","conformance-report","credit-entitlement","exception-ticket","exception-ticket-list","host-capabilities","in-toto-statement","lime-agent-task-event","lime-agent-task-result","problem-details","queue-monitor","quote","quote-request","recovery-request","replay-package","replay-request","result-attestation","result-contract","result-package","retry-command","retry-command-request","rule-registry","run-contract","run-created","run-request","settlement-receipt","settlement-request","stuck-task-alert","stuck-task-alert-list","tenant-credentials","tenant-credentials-list","tenant-request","test-script","trust-profile","trust-profile-request","usage-receipt","work-order"]);

export const schemaIds = Object.freeze({
  "agent-run-state-event": "https://weverlabs.com/schemas/agent-run-state-event.schema.json",
  "agent-task-run": "https://weverlabs.com/schemas/agent-task-run.schema.json",
  "app-runtime": "https://limecloud.github.io/agentapp/schemas/app-runtime.schema.json",
  "callback-delivery": "https://weverlabs.com/schemas/callback-delivery.schema.json",
  "callback-delivery-attempt": "https://weverlabs.com/schemas/callback-delivery-attempt.schema.json",
  "callback-payload": "https://weverlabs.com/schemas/callback-payload.schema.json",
  "clock-advance-request": "https://weverlabs.com/schemas/clock-advance-request.schema.json",
  "clock-state": "https://weverlabs.com/schemas/clock-state.schema.json",
  "conformance-baseline": "https://weverlabs.com/schemas/conformance-baseline.schema.json",
  "conformance-report": "https://weverlabs.com/schemas/conformance-report.schema.json",
  "credit-entitlement": "https://weverlabs.com/schemas/credit-entitlement.schema.json",
  "exception-ticket": "https://weverlabs.com/schemas/exception-ticket.schema.json",
  "exception-ticket-list": "https://weverlabs.com/schemas/exception-ticket-list.schema.json",
  "host-capabilities": "https://weverlabs.com/schemas/host-capabilities.schema.json",
  "in-toto-statement": "https://weverlabs.com/schemas/in-toto-statement.schema.json",
  "lime-agent-task-event": "https://limecloud.github.io/agentapp/schemas/agent-task-event.v1.schema.json",
  "lime-agent-task-result": "https://limecloud.github.io/agentapp/schemas/agent-task-result.v1.schema.json",
  "problem-details": "https://weverlabs.com/schemas/problem-details.schema.json",
  "queue-monitor": "https://weverlabs.com/schemas/queue-monitor.schema.json",
  "quote": "https://weverlabs.com/schemas/quote.schema.json",
  "quote-request": "https://weverlabs.com/schemas/quote-request.schema.json",
  "recovery-request": "https://weverlabs.com/schemas/recovery-request.schema.json",
  "replay-package": "https://weverlabs.com/schemas/replay-package.schema.json",
  "replay-request": "https://weverlabs.com/schemas/replay-request.schema.json",
  "result-attestation": "https://weverlabs.com/schemas/result-attestation.schema.json",
  "result-contract": "https://weverlabs.com/schemas/result-contract.schema.json",
  "result-package": "https://weverlabs.com/schemas/result-package.schema.json",
  "retry-command": "https://weverlabs.com/schemas/retry-command.schema.json",
  "retry-command-request": "https://weverlabs.com/schemas/retry-command-request.schema.json",
  "rule-registry": "https://weverlabs.com/schemas/rule-registry.schema.json",
  "run-contract": "https://weverlabs.com/schemas/run-contract.schema.json",
  "run-created": "https://weverlabs.com/schemas/run-created.schema.json",
  "run-request": "https://weverlabs.com/schemas/run-request.schema.json",
  "settlement-receipt": "https://weverlabs.com/schemas/settlement-receipt.schema.json",
  "settlement-request": "https://weverlabs.com/schemas/settlement-request.schema.json",
  "stuck-task-alert": "https://weverlabs.com/schemas/stuck-task-alert.schema.json",
  "stuck-task-alert-list": "https://weverlabs.com/schemas/stuck-task-alert-list.schema.json",
  "tenant-credentials": "https://weverlabs.com/schemas/tenant-credentials.schema.json",
  "tenant-credentials-list": "https://weverlabs.com/schemas/tenant-credentials-list.schema.json",
  "tenant-request": "https://weverlabs.com/schemas/tenant-request.schema.json",
  "test-script": "https://weverlabs.com/schemas/test-script.schema.json",
  "trust-profile": "https://weverlabs.com/schemas/trust-profile.schema.json",
  "trust-profile-request": "https://weverlabs.com/schemas/trust-profile-request.schema.json",
  "usage-receipt": "https://weverlabs.com/schemas/usage-receipt.schema.json",
  "work-order": "https://weverlabs.com/schemas/work-order.schema.json",
});

export const validators = Object.freeze({
  "agent-run-state-event": validateAgentRunStateEvent,
  "agent-task-run": validateAgentTaskRun,
  "app-runtime": validateAppRuntime,
  "callback-delivery": validateCallbackDelivery,
  "callback-delivery-attempt": validateCallbackDeliveryAttempt,
  "callback-payload": validateCallbackPayload,
  "clock-advance-request": validateClockAdvanceRequest,
  "clock-state": validateClockState,
  "conformance-baseline": validateConformanceBaseline,
  "conformance-report": validateConformanceReport,
  "credit-entitlement": validateCreditEntitlement,
  "exception-ticket": validateExceptionTicket,
  "exception-ticket-list": validateExceptionTicketList,
  "host-capabilities": validateHostCapabilities,
  "in-toto-statement": validateInTotoStatement,
  "lime-agent-task-event": validateLimeAgentTaskEvent,
  "lime-agent-task-result": validateLimeAgentTaskResult,
  "problem-details": validateProblemDetails,
  "queue-monitor": validateQueueMonitor,
  "quote": validateQuote,
  "quote-request": validateQuoteRequest,
  "recovery-request": validateRecoveryRequest,
  "replay-package": validateReplayPackage,
  "replay-request": validateReplayRequest,
  "result-attestation": validateResultAttestation,
  "result-contract": validateResultContract,
  "result-package": validateResultPackage,
  "retry-command": validateRetryCommand,
  "retry-command-request": validateRetryCommandRequest,
  "rule-registry": validateRuleRegistry,
  "run-contract": validateRunContract,
  "run-created": validateRunCreated,
  "run-request": validateRunRequest,
  "settlement-receipt": validateSettlementReceipt,
  "settlement-request": validateSettlementRequest,
  "stuck-task-alert": validateStuckTaskAlert,
  "stuck-task-alert-list": validateStuckTaskAlertList,
  "tenant-credentials": validateTenantCredentials,
  "tenant-credentials-list": validateTenantCredentialsList,
  "tenant-request": validateTenantRequest,
  "test-script": validateTestScript,
  "trust-profile": validateTrustProfile,
  "trust-profile-request": validateTrustProfileRequest,
  "usage-receipt": validateUsageReceipt,
  "work-order": validateWorkOrder,
});
