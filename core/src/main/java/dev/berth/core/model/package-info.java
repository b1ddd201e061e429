/**
 * Plain records of the ECS world as Berth shows it. No AWS SDK type appears here: the UIs import
 * only these. Lists are never null (empty instead); timestamps AWS may omit are nullable.
 */
package dev.berth.core.model;
