/**
 * Change management: the learning module for trainers and officials.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package za.gov.dpsa.isdip.training;
